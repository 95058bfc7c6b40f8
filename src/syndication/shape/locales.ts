import type { SanitizedConfig } from 'payload'

/** Locales the CMS is configured for; without localization, content is English only. */
export function offeredLocales(config: SanitizedConfig): string[] {
  const localization = config.localization
  if (!localization) return ['en']
  return localization.localeCodes
}

/** The `locale` argument for a Local API read: only given when localization is on. */
export const localeArgs = (config: SanitizedConfig, locale: string) =>
  config.localization ? { locale: locale as never, fallbackLocale: undefined } : {}
