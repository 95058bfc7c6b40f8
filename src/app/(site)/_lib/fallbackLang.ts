import type { SiteLocale } from './paths'

/** A document that says which of its localized values it has no translation for. */
export type Translated = { untranslatedFields?: string[] | null }

/**
 * `lang="en"` for a value shown in English on a page in another language, because it has no
 * translation yet (the API lists those paths in untranslatedFields): screen readers then read it
 * with English pronunciation, and the page does not claim the text is Spanish.
 */
export function fallbackLang(
  locale: SiteLocale,
  document: Translated | null | undefined,
  path: string,
): 'en' | undefined {
  if (locale === 'en') return undefined
  return document?.untranslatedFields?.includes(path) ? 'en' : undefined
}
