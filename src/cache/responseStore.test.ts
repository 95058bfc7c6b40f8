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

describe('ResponseStore: answers that name what they read', () => {
  const tags = (...names: string[]) => new Set(names)

  test('should drop only the answers that read a changed tag, and those without tags', () => {
    const store = newStore()
    const start = store.currentGeneration()
    store.set('page-a', entry(), start, tags('conditions:a', 'procedures:*'))
    store.set('page-b', entry(), start, tags('conditions:b', 'procedures:*'))
    store.set('partner', entry(), start)
    store.invalidate(['conditions:a', 'conditions:*'])
    expect(store.get('page-a')).toBeUndefined()
    expect(store.get('partner')).toBeUndefined()
    expect(store.get('page-b')).toBeDefined()
    store.invalidate(['procedures:x', 'procedures:*'])
    expect(store.get('page-b')).toBeUndefined()
  })

  test('should refuse an answer whose reads changed while it was computed, not one whose did not', () => {
    const store = newStore()
    const start = store.currentGeneration()
    store.invalidate(['conditions:a', 'conditions:*'])
    expect(store.set('page-a', entry(), start, tags('conditions:a'))).toBe(false)
    expect(store.set('list', entry(), start, tags('conditions:*'))).toBe(false)
    expect(store.set('page-b', entry(), start, tags('conditions:b'))).toBe(true)
    // Without tags an answer may have read anything: any change refuses it.
    expect(store.set('untagged', entry(), start)).toBe(false)
  })

  test('should refuse every answer computed across a change of everything', () => {
    const store = newStore()
    const start = store.currentGeneration()
    store.invalidate()
    expect(store.set('page-b', entry(), start, tags('conditions:b'))).toBe(false)
  })

  test('should refuse answers that read an uncommitted write until it settles', () => {
    const store = newStore()
    store.writeStarted(['conditions:a', 'conditions:*'])
    const during = store.currentGeneration()
    expect(store.set('page-a', entry(), during, tags('conditions:a'))).toBe(false)
    expect(store.set('page-b', entry(), during, tags('conditions:b'))).toBe(true)
    expect(store.set('untagged', entry(), during)).toBe(false)
    store.writeSettled(['conditions:a', 'conditions:*'])
    // Computed while uncommitted, stored after the commit: it may hold the old rows.
    expect(store.set('page-a', entry(), during, tags('conditions:a'))).toBe(false)
    const after = store.currentGeneration()
    expect(store.set('page-a', entry(), after, tags('conditions:a'))).toBe(true)
    expect(store.set('untagged', entry(), after)).toBe(true)
  })

  test('should keep a tag uncommitted while any of two writes to it is', () => {
    const store = newStore()
    store.writeStarted(['conditions:*'])
    store.writeStarted(['conditions:*'])
    store.writeSettled(['conditions:*'])
    expect(store.set('list', entry(), store.currentGeneration(), tags('conditions:*'))).toBe(false)
    store.writeSettled(['conditions:*'])
    expect(store.set('list', entry(), store.currentGeneration(), tags('conditions:*'))).toBe(true)
  })

  test('should forget the tags of an evicted answer', () => {
    const store = new ResponseStore({ maxBytes: 1_000, maxEntryBytes: 1_000 })
    const start = store.currentGeneration()
    store.set('old', entry(400), start, tags('conditions:a'))
    store.set('new', entry(400), start, tags('conditions:b'))
    expect(store.get('old')).toBeUndefined()
    store.set('old', entry(10), store.currentGeneration())
    // The untagged answer now under that key goes on any change; the evicted tags hold nothing.
    store.invalidate(['conditions:b'])
    expect(store.get('old')).toBeUndefined()
    expect(store.get('new')).toBeUndefined()
  })
})
