import type { FlattenedField } from 'payload'
import { describe, expect, test } from 'vitest'

import { remapReferences } from './remapReferences'

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'procedure', type: 'relationship', relationTo: 'procedures' },
  { name: 'faqs', type: 'relationship', relationTo: 'faqs', hasMany: true },
  { name: 'image', type: 'upload', relationTo: 'media' },
  { name: 'anything', type: 'relationship', relationTo: ['faqs', 'procedures'], hasMany: true },
  { name: 'localizedLink', type: 'relationship', relationTo: 'faqs', localized: true },
  {
    name: 'steps',
    type: 'array',
    flattenedFields: [{ name: 'see', type: 'relationship', relationTo: 'faqs' }],
  },
  {
    name: 'meta',
    type: 'group',
    flattenedFields: [{ name: 'image', type: 'upload', relationTo: 'media' }],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [
      {
        slug: 'cta',
        flattenedFields: [{ name: 'target', type: 'relationship', relationTo: 'procedures' }],
      },
    ],
  },
  { name: 'body', type: 'richText' },
  { name: 'relatedProcedures', type: 'join', collection: 'procedures', on: 'condition' },
] as unknown as FlattenedField[]

const map = (collection: string, id: unknown) => `${collection}:${String(id)}`
const localeCodes = ['en', 'es']

describe('remapReferences', () => {
  test('should rewrite every kind of reference and leave everything else alone', () => {
    const source = {
      id: 7,
      title: { en: 'Title', es: 'Título' },
      procedure: 3,
      faqs: [1, 2],
      image: { id: 9, filename: 'x.png' },
      anything: [
        { relationTo: 'faqs', value: 1 },
        { relationTo: 'procedures', value: 3 },
      ],
      localizedLink: { en: 1, es: 2 },
      steps: [{ id: 'row1', see: 2 }],
      meta: { image: 9 },
      layout: [
        { blockType: 'cta', id: 'b1', target: 3 },
        { blockType: 'unknown', target: 3 },
      ],
      body: {
        root: {
          children: [
            { type: 'upload', relationTo: 'media', value: 9 },
            { type: 'link', fields: { doc: { relationTo: 'faqs', value: { id: 1 } } } },
            { type: 'text', text: 'value', relationTo: 5 },
          ],
        },
      },
      relatedProcedures: { docs: [3] },
      amount: 3,
    }
    expect(remapReferences(fields, source, map, { localeCodes })).toEqual({
      ...source,
      procedure: 'procedures:3',
      faqs: ['faqs:1', 'faqs:2'],
      image: 'media:9',
      anything: [
        { relationTo: 'faqs', value: 'faqs:1' },
        { relationTo: 'procedures', value: 'procedures:3' },
      ],
      localizedLink: { en: 'faqs:1', es: 'faqs:2' },
      steps: [{ id: 'row1', see: 'faqs:2' }],
      meta: { image: 'media:9' },
      layout: [
        { blockType: 'cta', id: 'b1', target: 'procedures:3' },
        { blockType: 'unknown', target: 3 },
      ],
      body: {
        root: {
          children: [
            { type: 'upload', relationTo: 'media', value: 'media:9' },
            { type: 'link', fields: { doc: { relationTo: 'faqs', value: 'faqs:1' } } },
            { type: 'text', text: 'value', relationTo: 5 },
          ],
        },
      },
    })
  })

  test('should empty references when stripping, keeping the shape of each field', () => {
    const stripped = remapReferences(
      fields,
      {
        procedure: 3,
        faqs: [1],
        localizedLink: { en: 1 },
        steps: [{ see: 2 }],
        title: { en: 'T' },
      },
      map,
      { localeCodes, strip: true },
    )
    expect(stripped).toEqual({
      procedure: null,
      faqs: [],
      localizedLink: { en: null },
      steps: [{ see: null }],
      title: { en: 'T' },
    })
  })

  test('should not change the input', () => {
    const source = { procedure: 3, steps: [{ see: 2 }] }
    remapReferences(fields, source, map)
    expect(source).toEqual({ procedure: 3, steps: [{ see: 2 }] })
  })
})
