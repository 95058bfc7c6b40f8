import { request } from 'node:http'
import type { Payload } from 'payload'

import { processToken } from './peerChannel'
import type { PopularAnswers, Recipe } from './popularAnswers'
import type { ResponseStore } from './responseStore'

/** The header that marks this server's own refresh requests, which are not counted as reads. */
export const refreshHeader = 'x-cache-refresh'

export type BackgroundRefreshOptions = {
  store: ResponseStore
  popular: PopularAnswers
  logger: Payload['logger']
  /** How many of the most-read answers are recomputed after each invalidation. */
  count?: number
  /** How many at a time: readers keep most of the CPU. */
  concurrency?: number
}

const refreshTimeoutMs = 10_000

/** Asks this server for an answer over loopback, as an anonymous reader would; waits for it. */
function askOwnServer(address: { host: string; port: number }, recipe: Recipe): Promise<void> {
  return new Promise((resolve) => {
    const outgoing = request(
      {
        host: address.host,
        port: address.port,
        path: recipe.url,
        headers: {
          ...recipe.headers,
          [refreshHeader]: processToken(),
          'x-request-id': 'cache-refresh',
        },
        timeout: refreshTimeoutMs,
      },
      (response) => {
        response.resume()
        response.once('end', resolve)
        response.once('error', () => resolve())
      },
    )
    outgoing.once('timeout', () => outgoing.destroy())
    outgoing.once('error', () => resolve())
    outgoing.end()
  })
}

/**
 * After an invalidation, the most-read anonymous answers (a bounded set, PopularAnswers) are asked
 * for again in the background, through the server itself, so the next readers find them instead
 * of all missing at once. Each goes through the cache front as any miss: it is stored only if
 * nothing changed while it was computed (the store's generation rule), and readers who ask while
 * it runs wait on it (single flight, cacheFront.ts), which started after the invalidation. It
 * starts only once the store accepts answers again (the write committed, peers in sync), and a
 * run stops as soon as another invalidation comes, which starts a new one. Returns a stop function.
 */
export function startBackgroundRefresh({
  store,
  popular,
  logger,
  count = 20,
  concurrency = 2,
}: BackgroundRefreshOptions): () => void {
  let stopped = false
  let scheduled = false

  const run = async () => {
    scheduled = false
    const generation = store.currentGeneration()
    const address = popular.serverAddress
    // A write still uncommitted, or peers out of sync: the invalidation that ends it comes next.
    if (stopped || !address || !store.accepts(generation)) return
    const wanted = popular.takeMostRead(count)
    let next = 0
    const worker = async () => {
      while (!stopped && next < wanted.length && store.currentGeneration() === generation) {
        const { key, recipe } = wanted[next]
        next += 1
        if (!store.has(key)) await askOwnServer(address, recipe)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
  }

  const stopListening = store.onInvalidate(() => {
    if (stopped || scheduled) return
    scheduled = true
    // After the code that invalidated has finished (a commit settles, then the save returns).
    setImmediate(() => {
      run().catch((error: unknown) =>
        logger.warn({ err: error }, 'response cache: background refresh failed'),
      )
    })
  })
  return () => {
    stopped = true
    stopListening()
  }
}
