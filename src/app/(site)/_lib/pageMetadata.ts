import type { Metadata } from 'next'

import type { ClinicSettings } from './content'
import { siteLocales, type SiteLocale } from './paths'
import { absoluteUrl } from './siteRequest'

type PageMetadataInput = {
  /** What the page is about, e.g. the condition's name; the clinic's name is added after it. */
  name: string
  /** A document's own SEO title, used as it is when an editor has written one. */
  seoTitle?: string | null
  description?: string | null
  path: string
  locale: SiteLocale
  settings: ClinicSettings | null
}

/** Meta descriptions stop at a word before this many characters (search results show ~160). */
const descriptionLimit = 300

export function shortenDescription(text: string | null | undefined): string | undefined {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim()
  if (!clean) return undefined
  if (clean.length <= descriptionLimit) return clean
  const cut = clean.slice(0, descriptionLimit)
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`
}

/**
 * A page's title, description, canonical address and its language alternates: the same page in
 * each site language (`hreflang`), English being the default for other languages.
 */
export function pageMetadata({
  name,
  seoTitle,
  description,
  path,
  locale,
  settings,
}: PageMetadataInput): Metadata {
  const clinicName = settings?.clinicName?.trim()
  const url = (language: SiteLocale) => absoluteUrl(settings?.siteUrl, path, language)
  return {
    title: seoTitle?.trim() || (clinicName ? `${name} | ${clinicName}` : name),
    description: shortenDescription(description),
    alternates: {
      canonical: url(locale),
      languages: {
        ...Object.fromEntries(siteLocales.map((language) => [language, url(language)])),
        'x-default': url('en'),
      },
    },
  }
}
