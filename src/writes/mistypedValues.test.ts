import type { Field } from 'payload'
import { describe, expect, test } from 'vitest'

import { findMistypedValues } from './mistypedValues'
import { referencesIn } from './missingReferences'

const fields: Field[] = [
  { name: 'title', type: 'text', localized: true },
  { name: 'order', type: 'number' },
  {
    type: 'tabs',
    tabs: [
      { label: 'Unnamed', fields: [{ name: 'published', type: 'checkbox' }] },
      { name: 'dates', fields: [{ name: 'reviewed', type: 'date' }] },
    ],
  },
  { type: 'row', fields: [{ name: 'unit', type: 'select', options: ['days', 'weeks'] }] },
  {
    name: 'steps',
    type: 'array',
    fields: [{ name: 'related', type: 'relationship', relationTo: 'conditions', hasMany: true }],
  },
  {
    name: 'layout',
    type: 'blocks',
    blocks: [{ slug: 'note', fields: [{ name: 'body', type: 'richText' }] }],
  },
  { name: 'about', type: 'relationship', relationTo: ['conditions', 'procedures'] },
  { name: 'extra', type: 'json' },
  // As sanitized: a join takes `hasMany` from the relationship it joins on.
  {
    name: 'treatedBy',
    type: 'join',
    collection: 'procedures',
    on: 'conditionsTreated',
    hasMany: true,
  } as Field,
]

const paths = (data: Record<string, unknown>, localeCodes?: string[]) =>
  findMistypedValues(fields, data, localeCodes).map(({ path }) => path)

describe('findMistypedValues', () => {
  test('should accept well-typed values at every depth, and nulls', () => {
    expect(
      paths({
        title: 'TMJ',
        order: 2,
        published: false,
        dates: { reviewed: '2026-12-01' },
        unit: 'weeks',
        steps: [{ related: ['a', 7] }],
        layout: [{ blockType: 'note', body: { root: { type: 'root', children: [] } } }],
        about: { relationTo: 'procedures', value: 'p1' },
        extra: ['anything', { at: 'all' }],
        // A join is read, never stored: a bulk update hands hooks the document as read.
        treatedBy: { docs: [{ id: 'p1' }], hasNextPage: false },
      }),
    ).toEqual([])
    expect(paths({ title: null, order: null, dates: null, steps: null, about: null })).toEqual([])
  })

  test('should name each mistyped value by its path, through tabs, rows, arrays and blocks', () => {
    expect(
      paths({
        title: ['a list'],
        order: Number.NaN,
        published: 'yes',
        dates: { reviewed: 'next Tuesday' },
        unit: 'fortnights',
        steps: [{ related: [{ nested: true }] }],
        layout: [{ blockType: 'note', body: 'plain text' }],
        about: { relationTo: 'users', value: 'u1' },
      }),
    ).toEqual([
      'title',
      'order',
      'published',
      'dates.reviewed',
      'unit',
      'steps.0.related',
      'layout.0.body',
      'about',
    ])
  })

  test('should refuse containers of the wrong shape without looking inside them', () => {
    const found = findMistypedValues(fields, {
      steps: { related: [] },
      layout: [{ blockType: 'unknown' }],
    })
    expect(found).toEqual([
      { path: 'steps', message: 'steps: expected a list, got an object.' },
      {
        path: 'layout',
        message: 'layout: block 1: expected an object with "blockType" one of note.',
      },
    ])
  })

  test('should check each locale of a localized field when the write is for all locales', () => {
    expect(paths({ title: { en: 'TMJ', es: 3 } }, ['en', 'es'])).toEqual(['title.es'])
    // For one locale, the same object is simply not text.
    expect(paths({ title: { en: 'TMJ' } })).toEqual(['title'])
  })
})

describe('referencesIn', () => {
  test('should list every related ID with its collection, nested and polymorphic ones too', () => {
    expect(
      referencesIn(fields, {
        steps: [{ related: ['c1', 'c2'] }],
        about: { relationTo: 'procedures', value: 'p1' },
      }),
    ).toEqual([
      { path: 'steps.0.related', relationTo: 'conditions', id: 'c1' },
      { path: 'steps.0.related', relationTo: 'conditions', id: 'c2' },
      { path: 'about', relationTo: 'procedures', id: 'p1' },
    ])
  })
})
