import { serverUrl } from '../../../lib/serverUrl'
import { pagePath, toSiteLocale, type SiteLocale } from './paths'

export type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** Reads the locale and preview flag from a page's query string. */
export async function readSiteRequest(searchParams: SearchParams) {
  const params = await searchParams
  const locale: SiteLocale = toSiteLocale(params.locale)
  const preview = params.preview === '1' || params.preview === 'true'
  return { locale, preview }
}

/**
 * The absolute address of a page on the clinic's public site, for JSON-LD, canonical links and the
 * sitemap: this server's own address until an admin sets the site address.
 */
export function absoluteUrl(siteUrl: string | null | undefined, path: string, locale: SiteLocale) {
  const base = (siteUrl || serverUrl()).replace(/\/+$/, '')
  return `${base}${pagePath(path, locale)}`
}
