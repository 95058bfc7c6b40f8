import { describe, expect, test } from 'vitest'

import { checkWherePaths, type FieldShape } from './checkWherePaths'

const fields: FieldShape[] = [
  { name: 'name', type: 'text' },
  { name: 'body', type: 'richText' },
  { name: 'data', type: 'json' },
  { name: 'where', type: 'point' },
  { name: 'procedure', type: 'relationship' },
  {
    name: 'indication',
    type: 'group',
    flattenedFields: [
      { name: 'status', type: 'select' },
      { name: 'note', type: 'richText' },
    ],
  },
  { name: 'steps', type: 'array', flattenedFields: [{ name: 'text', type: 'textarea' }] },
  { name: 'createdAt', type: 'date' },
]

describe('checkWherePaths', () => {
  test.each([
    ['a plain field', { name: { like: 'jaw' } }],
    ['rich text as a whole', { body: { like: 'jaw' } }],
    ['a field in a group', { 'indication.status': { equals: 'off-label' } }],
    ['a field in an array', { 'steps.text': { like: 'ice' } }],
    ['a path through a relationship (Payload checks it)', { 'procedure.name': { like: 'x' } }],
    ['an unknown path (Payload answers it)', { 'nothing.here': { equals: 1 } }],
    ['near on a point', { where: { near: '1,2,3' } }],
    ['a version path', { 'version.name': { like: 'jaw' } }],
    ['a date', { createdAt: { greater_than: '2026-12-31' } }],
    ['a date and time', { createdAt: { less_than_equal: '2026-12-31T09:00:00Z' } }],
    ['no date (null)', { createdAt: { equals: 'null' } }],
    ['dates in a list', { createdAt: { in: '2026-01-01,2026-02-01' } }],
    ['exists on a date', { createdAt: { exists: 'true' } }],
    [
      'branches of plain fields',
      { or: [{ name: { like: 'a' } }, { and: [{ body: { like: 'b' } }] }] },
    ],
  ])('should accept %s', (_name, where) => {
    expect(checkWherePaths(where, fields)).toBeNull()
  })

  test.each([
    ['a path inside rich text', { 'body.root.children.text': { like: 'x' } }, /rich text/],
    ['a path inside JSON', { 'data.a': { equals: 1 } }, /JSON/],
    [
      'a path inside rich text in a group',
      { 'indication.note.root': { like: 'x' } },
      /indication\.note/,
    ],
    ['a version path inside rich text', { 'version.body.root': { like: 'x' } }, /rich text/],
    ['near on a text field', { name: { near: '1,2,3' } }, /map points only; "name" is a text/],
    ['within on rich text', { body: { within: {} } }, /map points only/],
    [
      'a bad path in a branch',
      { or: [{ name: { like: 'a' } }, { 'body.x': { like: 'b' } }] },
      /rich text/,
    ],
  ])('should refuse %s and say why', (_name, where, message) => {
    expect(checkWherePaths(where, fields)).toMatch(message)
  })
})

describe('checkWherePaths on date fields', () => {
  test.each([
    ['a word', { createdAt: { greater_than: 'notadate' } }, 'greater_than', 'notadate'],
    ['a number too large for a date', { createdAt: { equals: '1e309' } }, 'equals', '1e309'],
    ['one word in a list', { createdAt: { in: ['2026-01-01', 'soon'] } }, 'in', 'soon'],
    [
      'a version date',
      { 'version.createdAt': { less_than: 'yesterday' } },
      'less_than',
      'yesterday',
    ],
  ])('should refuse %s, naming the value and the form a date takes', (_name, where, op, value) => {
    expect(checkWherePaths(where, fields)).toMatch(
      new RegExp(`\\[${op}\\] needs a date, e\\.g\\. 2026-12-31.*"${value}" is not one`),
    )
  })
})
