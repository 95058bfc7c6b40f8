import type { SiteLocale } from './paths'

/** An array row as the page's second reading gives it: in the page's language, no fallback. */
export type RowInLanguage = { id?: string | null } & Record<string, unknown>

/**
 * `lang="en"` for a value in an array row shown in English on a page in another language. Rows
 * are shared between languages and their texts are not, so untranslatedFields cannot list them:
 * the page reads the rows once more without fallback (rowsInLanguage in queries.ts), and a row
 * whose value is missing there is showing the English one.
 */
export function rowLang(
  locale: SiteLocale,
  rowsInLanguage: RowInLanguage[] | null | undefined,
  row: { id?: string | null },
  field: string,
): 'en' | undefined {
  if (locale === 'en') return undefined
  const own = rowsInLanguage?.find((candidate) => candidate.id === row.id)
  const value = own?.[field]
  return typeof value === 'string' && value.trim() !== '' ? undefined : 'en'
}
