import type { IncomingMessage } from 'node:http'

/** How to ask for an answer again: the URL as received and the request headers it varies on. */
export type Recipe = { url: string; headers: Record<string, string> }

type Tracked = { reads: number; recipe: Recipe }

/**
 * Which anonymous answers are read most, so they can be recomputed in the background after an
 * invalidation (backgroundRefresh.ts) instead of by a crowd of readers at once. Bounded: at most
 * `maxTracked` keys are counted; each time the most-read are taken, every count is halved and
 * keys read no more are forgotten, so the ranking follows what is read now.
 */
export class PopularAnswers {
  private readonly tracked = new Map<string, Tracked>()
  /** Where this server listens, as the first request it answered saw it (for loopback requests). */
  private address: { host: string; port: number } | undefined

  constructor(private readonly maxTracked = 1000) {}

  record(key: string, req: IncomingMessage, recipe: () => Recipe): void {
    const known = this.tracked.get(key)
    if (known) known.reads += 1
    else if (this.tracked.size < this.maxTracked)
      this.tracked.set(key, { reads: 1, recipe: recipe() })
    if (!this.address && req.socket?.localAddress && req.socket.localPort) {
      this.address = { host: req.socket.localAddress, port: req.socket.localPort }
    }
  }

  /** The `count` most-read keys since the last call, most-read first; then halves every count. */
  takeMostRead(count: number): { key: string; recipe: Recipe }[] {
    const ranked = [...this.tracked.entries()]
      .sort(([, a], [, b]) => b.reads - a.reads)
      .slice(0, count)
      .map(([key, { recipe }]) => ({ key, recipe }))
    for (const [key, tracked] of this.tracked) {
      tracked.reads = Math.floor(tracked.reads / 2)
      if (tracked.reads === 0) this.tracked.delete(key)
    }
    return ranked
  }

  get serverAddress(): { host: string; port: number } | undefined {
    return this.address
  }
}
