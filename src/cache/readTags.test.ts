import type { SanitizedCollectionConfig } from 'payload'
import { describe, expect, test } from 'vitest'

import { collectionReadTags, pinnedIds, staysInOwnRows } from './readTags'

/** The parts of a sanitized collection config the tags are worked out from. */
const conditions = {
  slug: 'conditions',
  joins: { procedures: [] },
  polymorphicJoins: [],
  flattenedFields: [
    { name: 'name', type: 'text', localized: true },
    { name: 'slug', type: 'text' },
    { name: 'seo', type: 'group', flattenedFields: [{ name: 'title', type: 'text' }] },
    { name: 'related', type: 'relationship', relationTo: 'procedures' },
  ],
} as unknown as SanitizedCollectionConfig

describe('read tags', () => {
  test('should name the documents a read by id or by a list of ids pins', () => {
    expect(
      pinnedIds({ and: [{ id: { equals: 'a' } }, { _status: { equals: 'published' } }] }),
    ).toEqual(['a'])
    expect(pinnedIds({ and: [{ id: { in: [1, 2] } }] })).toEqual([1, 2])
    expect(pinnedIds({ or: [{ id: { equals: 'a' } }, { slug: { equals: 'b' } }] })).toBeUndefined()
    expect(pinnedIds({ slug: { equals: 'b' } })).toBeUndefined()
  })

  test('should tag a read by id with the document, and the collections its join fields list', () => {
    expect(collectionReadTags(conditions, { where: { and: [{ id: { equals: 'a' } }] } })).toEqual([
      'conditions:a',
      'procedures:*',
    ])
    expect(
      collectionReadTags(conditions, { where: { id: { equals: 'a' } }, joins: false }),
    ).toEqual(['conditions:a'])
  })

  test('should tag any other read with the collection list', () => {
    expect(
      collectionReadTags(conditions, { where: { slug: { equals: 'tmj' } }, sort: '-name' }),
    ).toEqual(['conditions:*', 'procedures:*'])
    expect(collectionReadTags(conditions, { where: { 'seo.title': { like: 'x' } } })).toEqual([
      'conditions:*',
      'procedures:*',
    ])
  })

  test('should depend on everything when a read reaches through a relation', () => {
    expect(collectionReadTags(conditions, { where: { 'related.name': { equals: 'x' } } })).toBe(
      'everything',
    )
    // How Payload hands the adapter a query through a relation.
    expect(
      collectionReadTags(conditions, {
        where: { related: { contains: { and: [{ 'name.en': { equals: 'x' } }] } } },
      }),
    ).toBe('everything')
    expect(collectionReadTags(conditions, { sort: 'related.name' })).toBe('everything')
    expect(collectionReadTags(conditions, { where: { 'unknown.path': { equals: 1 } } })).toBe(
      'everything',
    )
  })

  test('should let a localized field be named with its locale', () => {
    expect(staysInOwnRows(conditions.flattenedFields, 'name.en')).toBe(true)
    expect(staysInOwnRows(conditions.flattenedFields, 'slug.en')).toBe(false)
    expect(staysInOwnRows(conditions.flattenedFields, 'name.en.x')).toBe(false)
  })

  test('should tag reads of versions with the collection list, never a document', () => {
    expect(
      collectionReadTags(
        conditions,
        {
          where: {
            and: [{ id: { equals: 'v1' } }, { 'version._status': { equals: 'published' } }],
          },
        },
        { versions: true },
      ),
    ).toEqual(['conditions:*', 'procedures:*'])
  })
})
