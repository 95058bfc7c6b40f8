import { AsyncLocalStorage } from 'node:async_hooks'

import type { ReadDependencies } from '../cache/readDependencies'
import type { WriteOwner } from '../database/serialisedWrites'
import type { FaultSlot } from '../server/outage/databaseFault'

/**
 * Values that follow one request (or job) through its promises, each owned by one module: the
 * error Payload answered with (outage/databaseFault.ts), the write owner and whether a write holds
 * the turn (database/serialisedWrites.ts), the reads an answer depends on (cache/readDependencies.ts).
 *
 * One AsyncLocalStorage carries them all. On Node 20 every live instance copies its value into
 * every promise made (async_hooks `_propagate`), and a cache miss makes thousands: with four
 * instances that copy was 1.9% of a REST list miss's CPU in a profile, with one 0.7% (issue 15).
 */
export type AsyncContext = {
  fault?: FaultSlot
  writeOwner?: WriteOwner
  holdingWriteTurn?: true
  readDependencies?: ReadDependencies
}

const storage = new AsyncLocalStorage<AsyncContext>()

/** Runs `work` with `slot` set to `value`, the other slots as they are here. */
export function runWithContext<K extends keyof AsyncContext, T>(
  slot: K,
  value: AsyncContext[K],
  work: () => T,
): T {
  return storage.run({ ...storage.getStore(), [slot]: value }, work)
}

/** The value of `slot` where this is called (undefined outside any run that set it). */
export function contextValue<K extends keyof AsyncContext>(slot: K): AsyncContext[K] {
  return storage.getStore()?.[slot]
}
