import type { ClinicSettings } from './content'

/**
 * Adds to the settings whether the disclaimer shown is the English one standing in for a
 * translation: asked again in the page's language without fallback (disclaimerInLanguageQuery),
 * only on pages in another language.
 */
export async function withDisclaimerLanguage<T extends object>(
  data: T,
  locale: string,
  disclaimerInLanguage: () => Promise<string | null | undefined>,
): Promise<T> {
  const settings = (data as { ClinicSetting?: ClinicSettings | null }).ClinicSetting
  if (!settings) return data
  const untranslated = locale !== 'en' && !(await disclaimerInLanguage())?.trim()
  return { ...data, ClinicSetting: { ...settings, disclaimerUntranslated: untranslated } }
}
