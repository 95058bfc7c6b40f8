import type { FlattenedField } from 'payload'
import { describe, expect, test } from 'vitest'

import { requiredTargets, restoreOrder } from './restoreOrder'

const relation = (name: string, relationTo: string, required = true) =>
  ({ name, type: 'relationship', relationTo, required }) as unknown as FlattenedField

describe('requiredTargets', () => {
  test('should find required references at any depth and leave optional ones out', () => {
    const fields = [
      relation('partner', 'partners'),
      relation('image', 'media', false),
      { name: 'review', type: 'group', flattenedFields: [relation('by', 'users')] },
    ] as unknown as FlattenedField[]
    expect([...requiredTargets(fields)]).toEqual(['partners', 'users'])
  })
})

describe('restoreOrder', () => {
  test('should write referenced collections first and keep the given order otherwise', () => {
    expect(
      restoreOrder([
        { slug: 'conditions', fields: [relation('image', 'media', false)] },
        { slug: 'partner-keys', fields: [relation('partner', 'partners')] },
        {
          slug: 'webhook-deliveries',
          fields: [relation('partner', 'partners'), relation('event', 'syndication-events')],
        },
        { slug: 'partners', fields: [] },
        { slug: 'syndication-events', fields: [] },
        { slug: 'media', fields: [] },
      ]),
    ).toEqual([
      'conditions',
      'partners',
      'partner-keys',
      'syndication-events',
      'webhook-deliveries',
      'media',
    ])
  })

  test('should keep collections in a cycle of required references, at the end', () => {
    expect(
      restoreOrder([
        { slug: 'a', fields: [relation('b', 'b')] },
        { slug: 'b', fields: [relation('a', 'a')] },
        { slug: 'c', fields: [] },
      ]),
    ).toEqual(['c', 'a', 'b'])
  })
})
