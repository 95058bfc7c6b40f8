import { describe, expect, test } from 'vitest'

import { type CachedResponse, ResponseStore } from './responseStore'

const entry = (bytes = 10): CachedResponse => ({
  status: 200,
  etag: '"x"',
  body: Buffer.alloc(bytes),
  headers: ['content-type', 'application/json'],
  notModifiedHeaders: [],
})
const newStore = () => new ResponseStore({ maxBytes: 10_000, maxEntryBytes: 2_000 })

describe('ResponseStore', () => {
  test('should return what was stored', () => {
    const store = newStore()
    expect(store.set('a', entry(), store.currentGeneration())).toBe(true)
    expect(store.get('a')?.body.length).toBe(10)
  })

  test('should forget everything on invalidate', () => {
    const store = newStore()
    store.set('a', entry(), store.currentGeneration())
    store.invalidate()
    expect(store.get('a')).toBeUndefined()
  })

  test('should refuse an answer computed across an invalidation', () => {
    const store = newStore()
    const started = store.currentGeneration()
    store.invalidate()
    expect(store.set('a', entry(), started)).toBe(false)
    expect(store.get('a')).toBeUndefined()
  })

  test('should refuse answers while a write is uncommitted, and accept them after', () => {
    const store = newStore()
    store.writeStarted()
    expect(store.set('a', entry(), store.currentGeneration())).toBe(false)
    store.writeSettled()
    expect(store.set('a', entry(), store.currentGeneration())).toBe(true)
  })

  test('should serve and store nothing while out of sync with other servers', () => {
    const store = newStore()
    store.set('a', entry(), store.currentGeneration())
    store.setPeersInSync(false)
    expect(store.get('a')).toBeUndefined()
    expect(store.set('b', entry(), store.currentGeneration())).toBe(false)
    store.setPeersInSync(true)
    expect(store.set('b', entry(), store.currentGeneration())).toBe(true)
  })

  test('should stay within its byte bound, evicting the least recently used', () => {
    const store = newStore()
    for (let index = 0; index < 20; index += 1) {
      store.set(`k${index}`, entry(1_000), store.currentGeneration())
    }
    expect(store.size.bytes).toBeLessThanOrEqual(10_000)
    expect(store.get('k0')).toBeUndefined()
    expect(store.get('k19')).toBeDefined()
  })

  test('should not keep an entry larger than the per-entry bound', () => {
    const store = newStore()
    expect(store.set('big', entry(5_000), store.currentGeneration())).toBe(false)
  })
})
