import type { FlattenedField } from 'payload'
import { describe, expect, test } from 'vitest'

import { mediaIdsIn } from './mediaReferences'

const fields = [
  { name: 'image', type: 'upload', relationTo: 'media' },
  { name: 'author', type: 'relationship', relationTo: 'users' },
  { name: 'body', type: 'richText' },
  {
    name: 'meta',
    type: 'group',
    flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
  },
  {
    name: 'gallery',
    type: 'array',
    flattenedFields: [{ name: 'picture', type: 'upload', relationTo: 'media' }],
  },
  {
    name: 'sections',
    type: 'blocks',
    blocks: [
      { slug: 'figure', flattenedFields: [{ name: 'file', type: 'upload', relationTo: 'media' }] },
    ],
  },
  { name: 'related', type: 'relationship', relationTo: ['media', 'users'], hasMany: true },
] as unknown as FlattenedField[]

const upload = (value: unknown) => ({ type: 'upload', relationTo: 'media', value })

describe('mediaIdsIn', () => {
  test('should find the images of every kind of field, as strings', () => {
    const ids = mediaIdsIn(fields, {
      image: 1,
      author: 2,
      meta: { image: { id: 3, filename: 'populated.png' } },
      gallery: [{ picture: 4 }, { picture: null }],
      sections: [
        { blockType: 'figure', file: '5' },
        { blockType: 'unknown', file: 99 },
      ],
      related: [
        { relationTo: 'users', value: 98 },
        { relationTo: 'media', value: 6 },
      ],
    })
    expect([...ids].sort()).toEqual(['1', '3', '4', '5', '6'])
  })

  test('should find images placed anywhere in rich text, and nothing else there', () => {
    const body = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'relationTo media' }] },
          upload(7),
          { type: 'list', children: [{ type: 'listitem', children: [upload({ id: 8 })] }] },
          { type: 'relationship', relationTo: 'faqs', value: 97 },
        ],
      },
    }
    expect([...mediaIdsIn(fields, { body })].sort()).toEqual(['7', '8'])
  })

  test('should find nothing in a document without images', () => {
    expect(mediaIdsIn(fields, { image: null, author: 2, body: null }).size).toBe(0)
  })
})
