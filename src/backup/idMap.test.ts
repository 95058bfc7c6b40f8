import { describe, expect, test } from 'vitest'

import { reverseIdMap } from './idMap'

describe('reverseIdMap', () => {
  const toSource = reverseIdMap({
    conditions: { '1': 'uuid-a', '2': 'uuid-b' },
    users: { 'uuid-x': 'uuid-x' },
  })

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
