import { describe, expect, test } from 'vitest'

import { documentPath, pagePath, previewPath, toSiteLocale } from './paths'

describe('documentPath', () => {
  test.each([
    ['conditions', 'tmj-disorder', null, '/conditions/tmj-disorder'],
    ['procedures', 'botox', null, '/procedures/botox'],
    ['faqs', 'is-it-safe', null, '/faq#is-it-safe'],
    ['aftercare-steps', 'tenderness', 'botox', '/procedures/botox#tenderness'],
    ['aftercare-steps', 'tenderness', null, '/treatments'],
  ] as const)('should place %s/%s (procedure %s) at %s', (collection, slug, procedure, path) => {
    expect(documentPath(collection, slug, procedure)).toBe(path)
  })
})

describe('pagePath and previewPath', () => {
  test('should keep English paths bare and add the locale and preview flags otherwise', () => {
    expect(pagePath('/faq')).toBe('/faq')
    expect(pagePath('/faq', 'es')).toBe('/faq?locale=es')
    expect(previewPath('conditions', 'bruxism', 'en')).toBe('/conditions/bruxism?preview=1')
    expect(previewPath('faqs', 'is-it-safe', 'es')).toBe('/faq?locale=es&preview=1#is-it-safe')
  })

  test.each([
    ['es', 'es'],
    [['es'], 'es'],
    ['fr', 'en'],
    [undefined, 'en'],
  ])('should read the locale %j as %s', (value, locale) => {
    expect(toSiteLocale(value)).toBe(locale)
  })
})
