import { describe, expect, test } from 'vitest'

import { robotsTxt, sitemapXml } from './sitemap'

describe('sitemapXml', () => {
  const xml = sitemapXml(
    [
      { path: '/treatments' },
      { path: '/conditions/tmj-disorder', lastModified: '2026-11-30T10:00:00.000Z' },
    ],
    'https://clinic.example/',
  )

  test('should list each page once per language with every language as an alternate', () => {
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
    expect(locs).toEqual([
      'https://clinic.example/treatments',
      'https://clinic.example/treatments?locale=es',
      'https://clinic.example/conditions/tmj-disorder',
      'https://clinic.example/conditions/tmj-disorder?locale=es',
    ])
    expect(
      xml.match(/hreflang="es" href="https:\/\/clinic.example\/treatments\?locale=es"/g),
    ).toHaveLength(2)
    expect(
      xml.match(/hreflang="x-default" href="https:\/\/clinic.example\/treatments"/g),
    ).toHaveLength(2)
  })

  test('should give the last modification only where it is known', () => {
    expect(xml.match(/<lastmod>2026-11-30T10:00:00.000Z<\/lastmod>/g)).toHaveLength(2)
    expect(xml.match(/<lastmod>/g)).toHaveLength(2)
  })

  test('should escape addresses as XML', () => {
    expect(sitemapXml([{ path: '/a&b' }], 'https://clinic.example')).toContain(
      '<loc>https://clinic.example/a&amp;b</loc>',
    )
  })
})

describe('robotsTxt', () => {
  test('should point crawlers at the sitemap and away from the admin and the API', () => {
    const robots = robotsTxt('https://clinic.example/')
    expect(robots).toContain('Sitemap: https://clinic.example/sitemap.xml')
    expect(robots).toMatch(/^Disallow: \/admin$/m)
    expect(robots).toMatch(/^Disallow: \/api$/m)
  })
})
