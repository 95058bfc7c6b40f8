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

/** What a partner's key may read of an event: its scoped locales the CMS offers. */
export function partnerLocaleScope(
  config: SanitizedConfig,
  scopedLocales: readonly string[] | null | undefined,
): { locales: string[]; titleLocale: string } {
  const offered = offeredLocales(config)
  return {
    locales: (scopedLocales ?? []).filter((locale) => offered.includes(locale)),
    // recordChange takes the single `title` from the first offered locale.
    titleLocale: offered[0]!,
  }
}
