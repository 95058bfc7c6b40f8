import { describe, expect, test } from 'vitest'

import { fallbackLang } from './fallbackLang'

describe('fallbackLang', () => {
  const document = { untranslatedFields: ['summary', 'regulatory.offLabelNotice'] }

  test.each([
    ['es', document, 'summary', 'en'],
    ['es', document, 'regulatory.offLabelNotice', 'en'],
    ['es', document, 'name', undefined],
    ['en', document, 'summary', undefined],
    ['es', {}, 'summary', undefined],
    ['es', null, 'summary', undefined],
  ] as const)('should mark %s %j %s as %s', (locale, doc, path, lang) => {
    expect(fallbackLang(locale, doc, path)).toBe(lang)
  })
})
