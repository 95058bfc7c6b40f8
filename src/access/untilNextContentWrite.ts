import type { Payload } from 'payload'

import {
  currentReadDependencies,
  ReadDependencies,
  recordingReads,
} from '../cache/readDependencies'
import { sharedResponseStore } from '../cache/responseStore'

type Remembered = { generation: number; value: Promise<unknown>; reads: ReadDependencies }
const rememberedByPayload = new WeakMap<Payload, Map<string, Remembered>>()

/**
 * What anonymous readers may see, read from the database once and kept until the next content
 * write. Every write to a page or an image bumps the response cache's generation
 * (src/cache/invalidation), at its start and again at its commit, so a value read before the commit
 * is never used after it. A failed read is not kept. Read without the caller's request: the value
 * is shared by every request, so it must not see one request's uncommitted transaction.
 *
 * What the value was read from is recorded once and added to every answer that uses it, so a
 * cached answer built on a remembered value is dropped when what it was read from changes
 * (src/cache/readDependencies.ts).
 */
export function untilNextContentWrite<T>(
  payload: Payload,
  key: string,
  read: () => Promise<T>,
): Promise<T> {
  const generation = sharedResponseStore().currentGeneration()
  let remembered = rememberedByPayload.get(payload)
  if (!remembered) rememberedByPayload.set(payload, (remembered = new Map()))
  const entry = remembered.get(key)
  if (entry && entry.generation === generation) return usedBy(entry)
  const reads = new ReadDependencies()
  const value = recordingReads(reads, read)
  const fresh = { generation, value, reads }
  remembered.set(key, fresh)
  value.catch(() => {
    if (remembered.get(key)?.value === value) remembered.delete(key)
  })
  return usedBy(fresh)
}

/**
 * The remembered value, once read, with what it was read from added to the answer being computed
 * here (if any). Added on resolution: a value still being read has not recorded all its reads.
 */
function usedBy<T>({ value, reads }: Remembered): Promise<T> {
  const user = currentReadDependencies()
  return value.then((result) => {
    user?.addAll(reads)
    return result as T
  })
}
