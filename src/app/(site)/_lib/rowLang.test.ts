import { describe, expect, test } from 'vitest'

import { rowLang } from './rowLang'

describe('rowLang', () => {
  const rows = [
    { id: 'a', therapy: 'férula oclusal', whenUsed: null },
    { id: 'b', therapy: '', whenUsed: 'en casos graves' },
  ]
  test.each([
    ['en', 'a', 'therapy', undefined],
    ['es', 'a', 'therapy', undefined],
    ['es', 'a', 'whenUsed', 'en'],
    ['es', 'b', 'therapy', 'en'],
    ['es', 'b', 'whenUsed', undefined],
    ['es', 'c', 'therapy', 'en'],
  ] as const)('should mark %s row %s %s as %s', (locale, id, field, lang) => {
    expect(rowLang(locale, rows, { id }, field)).toBe(lang)
  })
})
