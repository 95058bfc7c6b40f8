import { LRUCache } from 'lru-cache'

import type { ResponseStore } from './responseStore'

/**
 * A small in-memory index of values read from the database, kept current by the response store's
 * invalidation: it is emptied whenever the store is, refuses a value read across a change or while
 * a write is uncommitted (the same generation rule as cached answers), and serves nothing while
 * another server's changes could be missed. Bounded by count; a value not held is read again.
 */
export class StoreBoundIndex<Value extends object> {
  private readonly entries: LRUCache<string, Value>

  constructor(
    private readonly store: ResponseStore,
    maxEntries: number,
  ) {
    this.entries = new LRUCache<string, Value>({ max: maxEntries })
    store.onInvalidate(() => this.entries.clear())
  }

  /**
   * Waits until every change another server committed before this call has reached the store
   * (PostgreSQL: one shared round trip); false when that cannot be known. Call before `get` where
   * a value must never be older than a write that returned, in any process.
   */
  catchUpWithPeers(): Promise<boolean> {
    return this.store.catchUpWithPeers()
  }

  /** True when there is nothing to catch up with (no peers): `get` may be called right away. */
  get isCaughtUpWithPeers(): boolean {
    return this.store.isCaughtUpWithPeers
  }

  get(key: string): Value | undefined {
    return this.store.serving ? this.entries.get(key) : undefined
  }

  /** Taken before reading the value from the database; hand it to `set`. */
  currentGeneration(): number {
    return this.store.currentGeneration()
  }

  set(key: string, value: Value, generationAtStart: number): void {
    if (this.store.accepts(generationAtStart)) this.entries.set(key, value)
  }

  get size(): number {
    return this.entries.size
  }
}
