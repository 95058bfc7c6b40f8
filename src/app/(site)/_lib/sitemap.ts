import { siteLocales } from './paths'
import { absoluteUrl } from './siteRequest'

export type SitemapPage = { path: string; lastModified?: string | null }

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * sitemaps.org XML with one <url> per page and language, each listing every language version as
 * an `xhtml:link rel="alternate" hreflang` (and English as `x-default`), as search engines ask.
 */
export function sitemapXml(pages: SitemapPage[], siteUrl: string): string {
  const urls = pages.flatMap(({ path, lastModified }) => {
    const alternates = [
      ...siteLocales.map((language) => [language, absoluteUrl(siteUrl, path, language)]),
      ['x-default', absoluteUrl(siteUrl, path, 'en')],
    ]
      .map(
        ([language, href]) =>
          `<xhtml:link rel="alternate" hreflang="${language}" href="${escapeXml(href)}"/>`,
      )
      .join('')
    const modified = lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ''
    return siteLocales.map(
      (locale) =>
        `<url><loc>${escapeXml(absoluteUrl(siteUrl, path, locale))}</loc>${modified}${alternates}</url>`,
    )
  })
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n')
}

/** robots.txt: the website may be crawled, the admin and the APIs are not pages. */
export function robotsTxt(siteUrl: string): string {
  const base = siteUrl.replace(/\/+$/, '')
  return [
    'User-agent: *',
    'Allow: /',
    'Disallow: /admin',
    'Disallow: /api',
    '',
    `Sitemap: ${base}/sitemap.xml`,
    '',
  ].join('\n')
}
