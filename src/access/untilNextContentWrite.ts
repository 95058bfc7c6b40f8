import type { Payload } from 'payload'

import { sharedResponseStore } from '../cache/responseStore'

type Remembered = { generation: number; value: Promise<unknown> }
const rememberedByPayload = new WeakMap<Payload, Map<string, Remembered>>()

/**
 * What anonymous readers may see, read from the database once and kept until the next content
 * write. Every write to a page or an image bumps the response cache's generation
 * (src/cache/invalidation), at its start and again at its commit, so a value read before the commit
 * is never used after it. A failed read is not kept. Read without the caller's request: the value
 * is shared by every request, so it must not see one request's uncommitted transaction.
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
  if (entry && entry.generation === generation) return entry.value as Promise<T>
  const value = read()
  remembered.set(key, { generation, value })
  value.catch(() => {
    if (remembered.get(key)?.value === value) remembered.delete(key)
  })
  return value
}
