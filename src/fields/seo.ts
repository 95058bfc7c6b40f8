import type { SEOPluginConfig } from '@payloadcms/plugin-seo/types'

import { documentPath, pagePath, toSiteLocale, type SiteCollection } from '../app/(site)/_lib/paths'

type Doc = Record<string, unknown>

const treatmentCollections: SiteCollection[] = [
  'conditions',
  'procedures',
  'aftercare-steps',
  'faqs',
]

const titleOf = (doc: Doc): string => String(doc.name ?? doc.title ?? doc.question ?? '').trim()

const summaryOf = (doc: Doc): string =>
  String(doc.summary ?? doc.description ?? '')
    .replace(/\s+/g, ' ')
    .trim()

/**
 * Search-engine fields (title, description, image) in an SEO tab of every treatment document,
 * with the "Generate" buttons filling them from the document and a preview of the search result
 * pointing at the page on the clinic's site.
 */
export const seoOptions: SEOPluginConfig = {
  collections: treatmentCollections,
  uploadsCollection: 'media',
  tabbedUI: true,
  generateTitle: async ({ doc, req }) => {
    const settings = await req.payload.findGlobal({ slug: 'clinic-settings', depth: 0, req })
    const title = titleOf(doc as Doc)
    return settings?.clinicName ? `${title} | ${settings.clinicName}` : title
  },
  // Search engines show about 155 characters; cut at a word boundary.
  generateDescription: ({ doc }) => {
    const summary = summaryOf(doc as Doc)
    if (summary.length <= 155) return summary
    return `${summary.slice(0, 154).replace(/\s+\S*$/, '')}…`
  },
  generateURL: async ({ doc, collectionConfig, locale, req }) => {
    const settings = await req.payload.findGlobal({ slug: 'clinic-settings', depth: 0, req })
    const base = String(settings?.siteUrl ?? '').replace(/\/+$/, '')
    const slug = String((doc as Doc).slug ?? '')
    const [path, anchor] = documentPath(
      (collectionConfig?.slug ?? 'conditions') as SiteCollection,
      slug,
    ).split('#')
    return `${base}${pagePath(path, toSiteLocale(locale))}${anchor ? `#${anchor}` : ''}`
  },
}
