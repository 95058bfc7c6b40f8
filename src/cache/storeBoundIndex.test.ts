import { describe, expect, test } from 'vitest'

import { ResponseStore } from './responseStore'
import { StoreBoundIndex } from './storeBoundIndex'

const newIndex = () => {
  const store = new ResponseStore({ maxBytes: 10_000, maxEntryBytes: 2_000 })
  return { store, index: new StoreBoundIndex<{ name: string }>(store, 2) }
}

describe('StoreBoundIndex', () => {
  test('should keep a value read while nothing changed', () => {
    const { index } = newIndex()
    index.set('a', { name: 'A' }, index.currentGeneration())
    expect(index.get('a')).toEqual({ name: 'A' })
  })

  test('should forget everything when the store is invalidated', () => {
    const { store, index } = newIndex()
    index.set('a', { name: 'A' }, index.currentGeneration())
    store.invalidate()
    expect(index.get('a')).toBeUndefined()
  })

  test('should refuse a value read across a change or while a write is uncommitted', () => {
    const { store, index } = newIndex()
    const before = index.currentGeneration()
    store.invalidate()
    index.set('a', { name: 'read before the change' }, before)
    expect(index.get('a')).toBeUndefined()

    store.writeStarted()
    index.set('b', { name: 'read during the write' }, index.currentGeneration())
    expect(index.get('b')).toBeUndefined()
    store.writeSettled()
    index.set('b', { name: 'read after it' }, index.currentGeneration())
    expect(index.get('b')).toEqual({ name: 'read after it' })
  })

  test('should serve nothing while out of sync with other servers', () => {
    const { store, index } = newIndex()
    store.setPeersInSync(false)
    index.set('a', { name: 'A' }, index.currentGeneration())
    expect(index.get('a')).toBeUndefined()
  })

  test('should stay within its bound, dropping the least recently used', () => {
    const { index } = newIndex()
    for (const name of ['a', 'b', 'c']) index.set(name, { name }, index.currentGeneration())
    expect(index.size).toBe(2)
    expect(index.get('a')).toBeUndefined()
  })
})
