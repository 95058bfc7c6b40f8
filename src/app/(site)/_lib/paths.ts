/** Where each kind of treatment document lives on the reference website. */
export type SiteCollection = 'conditions' | 'procedures' | 'aftercare-steps' | 'faqs'

export const siteLocales = ['en', 'es'] as const
export type SiteLocale = (typeof siteLocales)[number]

export const toSiteLocale = (value: unknown): SiteLocale =>
  value === 'es' || (Array.isArray(value) && value[0] === 'es') ? 'es' : 'en'

/** A page path with the locale kept in the query, e.g. /conditions/tmj-disorder?locale=es. */
export function pagePath(path: string, locale: SiteLocale = 'en', preview = false): string {
  const query = new URLSearchParams()
  if (locale !== 'en') query.set('locale', locale)
  if (preview) query.set('preview', '1')
  const search = query.toString()
  return search ? `${path}?${search}` : path
}

/**
 * The page a document appears on. Aftercare steps appear on their procedure's page, FAQs on the
 * FAQ page, each under an anchor named by its slug.
 */
export function documentPath(
  collection: SiteCollection,
  slug: string,
  procedureSlug?: string | null,
): string {
  if (collection === 'conditions') return `/conditions/${slug}`
  if (collection === 'procedures') return `/procedures/${slug}`
  if (collection === 'faqs') return `/faq#${slug}`
  return procedureSlug ? `/procedures/${procedureSlug}#${slug}` : '/treatments'
}

/** The preview link: the document's page, showing the latest draft to signed-in staff. */
export function previewPath(
  collection: SiteCollection,
  slug: string,
  locale: SiteLocale,
  procedureSlug?: string | null,
): string {
  const [path, anchor] = documentPath(collection, slug, procedureSlug).split('#')
  return pagePath(path, locale, true) + (anchor ? `#${anchor}` : '')
}
