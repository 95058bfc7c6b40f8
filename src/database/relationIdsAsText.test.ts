import { describe, expect, test } from 'vitest'

import { relationIdsAsText } from './relationIdsAsText'

describe('relationIdsAsText', () => {
  test.each([
    [
      'a job’s document',
      { doc: { relationTo: 'conditions', value: 3 } },
      { doc: { relationTo: 'conditions', value: '3' } },
    ],
    [
      'a rich-text upload',
      { root: { children: [{ type: 'upload', relationTo: 'media', value: 12, fields: null }] } },
      { root: { children: [{ type: 'upload', relationTo: 'media', value: '12', fields: null }] } },
    ],
    [
      'an internal link',
      [{ type: 'link', fields: { doc: { relationTo: 'faqs', value: 7 }, linkType: 'internal' } }],
      [{ type: 'link', fields: { doc: { relationTo: 'faqs', value: '7' }, linkType: 'internal' } }],
    ],
  ])('should turn the ID in %s into text', (_name, value, expected) => {
    expect(relationIdsAsText(value)).toEqual(expected)
  })

  test.each([
    ['a reference already in text', { relationTo: 'media', value: 'a1b2' }],
    ['a number that is not a reference', { value: 3, min: 2 }],
    ['a populated reference', { relationTo: 'media', value: { id: 4, alt: 'x' } }],
    ['plain text', 'relationTo'],
  ])('should leave %s alone', (_name, value) => {
    expect(relationIdsAsText(value)).toBeUndefined()
  })
})
