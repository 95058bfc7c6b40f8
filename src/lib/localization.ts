import type { Config, TypedLocale } from 'payload'

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

const localeCodes: readonly string[] = localization.locales.map((locale) =>
  typeof locale === 'string' ? locale : locale.code,
)

/**
 * A locale code typed as Payload's generated `TypedLocale`, for codes read from the configuration
 * or from a request Payload has already accepted. Anything else is a programming error and throws,
 * so an unchecked string never reaches a query as a locale.
 */
export function typedLocale(code: string): TypedLocale {
  if (!localeCodes.includes(code)) throw new Error(`"${code}" is not a configured locale`)
  return code as TypedLocale
}
