import { describe, expect, test } from 'vitest'

import { reverseIdMap } from './idMap'

describe('reverseIdMap from a source with integer IDs', () => {
  const toSource = reverseIdMap(
    {
      conditions: { '1': 'uuid-a', '2': 'uuid-b' },
      users: { 'uuid-x': 'uuid-x' },
    },
    'number',
  )

  test.each([
    ['conditions', 'uuid-a', 1],
    ['conditions', 'uuid-b', 2],
    ['users', 'uuid-x', 'uuid-x'],
    ['conditions', 'unknown', 'unknown'],
    ['faqs', 7, 7],
    ['conditions', null, null],
  ])('should map %s %j back to %j', (collection, id, expected) => {
    expect(toSource(collection, id)).toEqual(expected)
  })
})

describe('reverseIdMap from a source with text IDs', () => {
  // SQLite's text IDs include the whole numbers of documents made before IDs became text.
  const toSource = reverseIdMap({ conditions: { '5': '5', 'uuid-a': 'uuid-b' } }, 'text')

  test.each([
    ['conditions', '5', '5'],
    ['conditions', 'uuid-b', 'uuid-a'],
  ])('should map %s %j back to %j', (collection, id, expected) => {
    expect(toSource(collection, id)).toEqual(expected)
  })
})
