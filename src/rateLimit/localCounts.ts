import type { IncrementResponse } from 'express-rate-limit'

type Count = { hits: number; resetAt: number }

/**
 * Fixed-window counters kept in this process, one per key, each window starting at the key's first
 * request: the same windows as the shared table (postgresStore.ts). Synchronous, unlike
 * express-rate-limit's MemoryStore, so the partner front can count a cache hit without making a
 * promise (issue 15).
 */
export class LocalCounts {
  private readonly counts = new Map<string, Count>()
  private lastCleanup = 0

  increment(key: string, windowMs: number, nowMs = Date.now()): IncrementResponse {
    let count = this.counts.get(key)
    if (!count || count.resetAt <= nowMs) {
      count = { hits: 0, resetAt: nowMs + windowMs }
      this.counts.set(key, count)
    }
    count.hits += 1
    this.forgetEndedWindows(windowMs, nowMs)
    return { totalHits: count.hits, resetTime: new Date(count.resetAt) }
  }

  decrement(key: string): void {
    const count = this.counts.get(key)
    if (count && count.hits > 0) count.hits -= 1
  }

  reset(key: string): void {
    this.counts.delete(key)
  }

  /** How many keys are held. */
  get size(): number {
    return this.counts.size
  }

  /** At most once a window, forgets counters whose window ended, so keys do not pile up. */
  private forgetEndedWindows(windowMs: number, nowMs: number): void {
    if (nowMs - this.lastCleanup < windowMs) return
    this.lastCleanup = nowMs
    for (const [key, count] of this.counts) if (count.resetAt <= nowMs) this.counts.delete(key)
  }
}
