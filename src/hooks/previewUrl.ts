import type { GeneratePreviewURL } from 'payload'

import { previewPath, toSiteLocale, type SiteCollection } from '../app/(site)/_lib/paths'

/**
 * The admin's Preview button: opens the document's page on the reference website, which shows the
 * latest draft to signed-in staff (their admin login cookie travels with the link).
 */
export const previewUrl =
  (collection: SiteCollection): GeneratePreviewURL =>
  async (doc, { locale, req }) => {
    const slug = typeof doc.slug === 'string' ? doc.slug : ''
    if (!slug) return null
    let procedureSlug: string | null = null
    if (collection === 'aftercare-steps' && doc.procedure) {
      const procedure =
        typeof doc.procedure === 'object'
          ? (doc.procedure as { slug?: string })
          : await req.payload.findByID({
              collection: 'procedures',
              id: doc.procedure as string | number,
              depth: 0,
              disableErrors: true,
              draft: true,
              req,
            })
      procedureSlug = procedure?.slug ?? null
    }
    return previewPath(collection, slug, toSiteLocale(locale), procedureSlug)
  }
