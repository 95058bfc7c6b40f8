import { describe, expect, test } from 'vitest'

import { siteRoute } from './siteRouting'

describe('siteRoute', () => {
  test.each([
    ['/', { kind: 'page' }],
    ['/treatments', { kind: 'page' }],
    ['/faq/', { kind: 'page' }],
    ['/sitemap.xml', { kind: 'page' }],
    [
      '/conditions/tmj-disorder',
      { kind: 'document', collection: 'conditions', slug: 'tmj-disorder' },
    ],
    ['/procedures/botox', { kind: 'document', collection: 'procedures', slug: 'botox' }],
    ['/conditions/tmj-disorder/extra', { kind: 'unknown' }],
    ['/conditions/Not_A_Slug', { kind: 'unknown' }],
    ['/faqs', { kind: 'unknown' }],
    ['/page-not-found', { kind: 'unknown' }],
    ['/no/such/page', { kind: 'unknown' }],
  ])('should read %s as %j', (path, route) => {
    expect(siteRoute(path)).toEqual(route)
  })
})
