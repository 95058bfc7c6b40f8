import type { ClinicSettings } from './content'

type WithSettings = {
  ClinicSetting?: ClinicSettings | null
  disclaimerInLanguage?: { medicalDisclaimer?: string | null } | null
}

/**
 * Folds the second reading of the settings (the page's language, no fallback: see queries.ts) into
 * the settings, as whether the disclaimer shown is the English one standing in for a translation.
 */
export function withDisclaimerLanguage<T extends object>(data: T): T {
  const { ClinicSetting, disclaimerInLanguage } = data as WithSettings
  if (!ClinicSetting || disclaimerInLanguage === undefined) return data
  return {
    ...data,
    ClinicSetting: {
      ...ClinicSetting,
      disclaimerUntranslated: !disclaimerInLanguage?.medicalDisclaimer,
    },
  }
}
