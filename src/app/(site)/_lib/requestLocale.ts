import { headers } from 'next/headers'

import { toSiteLocale, type SiteLocale } from './paths'

/**
 * The page's language travels in the query (`?locale=es`), which Next gives to pages but not to
 * the root layout that writes `<html lang>`. The proxy (siteProxy.ts) copies it into this request
 * header, overwriting whatever the client sent, and the layout reads it back.
 */
export const siteLocaleHeader = 'x-site-locale'

/** The language of the page being rendered, for the layout. */
export async function requestLocale(): Promise<SiteLocale> {
  return toSiteLocale((await headers()).get(siteLocaleHeader))
}
