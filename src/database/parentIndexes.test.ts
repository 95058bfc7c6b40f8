import { describe, expect, test } from 'vitest'

import { parentIndexName, parentLookupColumn } from './parentIndexes'

describe('parentLookupColumn', () => {
  test.each([
    ['conditions_locales', '_parentID'],
    ['_conditions_v_locales', '_parentID'],
    ['conditions_complementary_therapies_locales', '_parentID'],
    ['conditions_texts', 'parent'],
    ['faqs_numbers', 'parent'],
    ['conditions', undefined],
    ['faqs_rels', undefined],
    ['conditions_complementary_therapies', undefined],
  ])('should look up %s by %s', (table, column) => {
    expect(parentLookupColumn(table)).toBe(column)
  })
})

describe('parentIndexName', () => {
  test('should name a short table plainly', () => {
    expect(parentIndexName('conditions_locales')).toBe('conditions_locales_parent_lookup_idx')
  })

  test('should keep long names within PostgreSQL’s 63 bytes, distinct per table', () => {
    const first = parentIndexName('_conditions_v_version_complementary_therapies_locales')
    const second = parentIndexName('_procedures_v_version_relief_durations_locales_more')
    expect(first.length).toBeLessThanOrEqual(63)
    expect(second.length).toBeLessThanOrEqual(63)
    expect(first).not.toBe(second)
  })
})
