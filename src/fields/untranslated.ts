import type { CollectionSlug, Field, FieldHook } from 'payload'

import { computedFrom } from './computedFrom'
import { localizedPaths, untranslatedPaths } from '../workflow/untranslated'
import { typedLocale } from '../lib/localization'

const readingOneLanguage = 'untranslatedFields:readingOneLanguage'
const pathsByCollection = new Map<string, string[]>()

/**
 * Reads the document again in the requested language without fallback, to see which values are
 * missing there and were therefore served in the default language.
 */
const listUntranslated: FieldHook = async ({ collection, context, data, draft, req }) => {
  const locale = req.locale
  const defaultLocale = req.payload.config.localization
    ? req.payload.config.localization.defaultLocale
    : undefined
  if (!collection || !data?.id || !locale || locale === 'all' || locale === defaultLocale) {
    return []
  }
  if (context[readingOneLanguage]) return null
  let paths = pathsByCollection.get(collection.slug)
  if (!paths) {
    paths = localizedPaths(collection.fields as never)
    pathsByCollection.set(collection.slug, paths)
  }
  // No `req`: sharing it would switch the caller's own request to "no fallback".
  const inThisLanguage = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id: data.id as string | number,
    locale: typedLocale(locale),
    fallbackLocale: false,
    depth: 0,
    draft: Boolean(draft),
    overrideAccess: true,
    disableErrors: true,
    context: { [readingOneLanguage]: true },
  })
  return inThisLanguage
    ? untranslatedPaths(inThisLanguage as unknown as Record<string, unknown>, paths)
    : []
}

/**
 * Tells API readers which values came from the default language: the localized fields that have no
 * text yet in the language they asked for (empty when they asked for English, or all is translated).
 */
export const untranslatedFieldsField: Field = {
  name: 'untranslatedFields',
  type: 'text',
  hasMany: true,
  virtual: true,
  admin: { hidden: true },
  hooks: { afterRead: [listUntranslated] },
  // Reads the document again by its id, which every read has.
  custom: computedFrom(),
}
