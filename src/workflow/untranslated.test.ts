import { describe, expect, test } from 'vitest'

import { isEmptyValue, localizedPaths, untranslatedPaths } from './untranslated'

const fields = [
  {
    type: 'tabs',
    tabs: [
      {
        fields: [
          { type: 'text', name: 'name', localized: true },
          { type: 'text', name: 'slug' },
          {
            type: 'group',
            name: 'indication',
            fields: [
              { type: 'select', name: 'status' },
              { type: 'textarea', name: 'note', localized: true },
            ],
          },
          {
            type: 'array',
            name: 'rows',
            fields: [{ type: 'text', name: 'therapy', localized: true }],
          },
        ],
      },
      { name: 'meta', fields: [{ type: 'text', name: 'title', localized: true }] },
    ],
  },
  { type: 'row', fields: [{ type: 'richText', name: 'body', localized: true }] },
]

describe('localizedPaths', () => {
  test('should find localized fields through tabs, rows and groups, but not inside arrays', () => {
    expect(localizedPaths(fields)).toEqual(['name', 'indication.note', 'meta.title', 'body'])
  })
})

describe('isEmptyValue', () => {
  test.each([
    [null, true],
    ['', true],
    [[], true],
    [{ root: { children: [] } }, true],
    ['Bruxismo', false],
    [['dolor'], false],
    [{ root: { children: [{}] } }, false],
    [0, false],
  ])('should call %j empty: %s', (value, empty) => {
    expect(isEmptyValue(value)).toBe(empty)
  })
})

describe('untranslatedPaths', () => {
  test('should list the paths with no text in this language', () => {
    const doc = { name: 'Bruxismo', indication: { note: null }, meta: {}, body: null }
    expect(untranslatedPaths(doc, ['name', 'indication.note', 'meta.title', 'body'])).toEqual([
      'indication.note',
      'meta.title',
      'body',
    ])
  })
})
