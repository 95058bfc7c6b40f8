import type { Config } from 'payload'

/**
 * English is the source language; Spanish is written by editors (no machine translation). Until a
 * Spanish text exists, readers asking for Spanish get the English one.
 */
export const localization: NonNullable<Config['localization']> = {
  locales: [
    { code: 'en', label: 'English' },
    { code: 'es', label: 'Español' },
  ],
  defaultLocale: 'en',
  fallback: true,
}
