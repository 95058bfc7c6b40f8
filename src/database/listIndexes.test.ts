import type { CollectionConfig } from 'payload'
import { describe, expect, test } from 'vitest'

import { defaultSortField, listIndexes, withListIndexes } from './listIndexes'

const withDrafts = (extra: Partial<CollectionConfig> = {}): CollectionConfig => ({
  slug: 'things',
  fields: [],
  versions: { drafts: true },
  ...extra,
})

describe('defaultSortField', () => {
  test.each<[CollectionConfig['defaultSort'], string]>([
    [undefined, 'createdAt'],
    ['order', 'order'],
    ['-order', 'order'],
    [['-publishedAt', 'title'], 'publishedAt'],
    ['', 'createdAt'],
  ])('should read %j as %s', (defaultSort, expected) => {
    expect(defaultSortField({ defaultSort })).toBe(expected)
  })
})

describe('listIndexes', () => {
  test('should index status with creation time for a collection sorted by default', () => {
    expect(listIndexes(withDrafts())).toEqual([{ fields: ['_status', 'createdAt'] }])
  })

  test('should index status with its own sort field, and creation time for sorted lists', () => {
    expect(listIndexes(withDrafts({ defaultSort: 'order' }))).toEqual([
      { fields: ['_status', 'order'] },
      { fields: ['_status', 'createdAt'] },
    ])
  })

  test.each([
    ['no versions', { versions: undefined }],
    ['versions without drafts', { versions: { maxPerDoc: 10 } }],
    ['versions: true (no drafts)', { versions: true }],
  ])('should add nothing with %s (no _status field)', (_name, extra) => {
    expect(listIndexes(withDrafts(extra as Partial<CollectionConfig>))).toEqual([])
  })
})

describe('withListIndexes', () => {
  test('should keep declared indexes and not repeat one already there', () => {
    const declared = { fields: ['_status', 'createdAt'] }
    const other = { fields: ['slug', 'order'], unique: true }
    const result = withListIndexes(withDrafts({ indexes: [other, declared] }))
    expect(result.indexes).toEqual([other, declared])
  })

  test('should leave a collection without drafts untouched', () => {
    const collection = withDrafts({ versions: undefined })
    expect(withListIndexes(collection)).toBe(collection)
  })
})
