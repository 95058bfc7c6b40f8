import type { Metadata } from 'next'

import type { ClinicSettings } from './content'
import { fetchContent } from './graphqlClient'
import type { SiteLocale } from './paths'
import { clinicSettingsQuery } from './queries'
import { words } from './words'

/** The clinic's settings for the 404 page, which must still show when the content service does not. */
export async function notFoundSettings(locale: SiteLocale): Promise<ClinicSettings | null> {
  try {
    const { ClinicSetting } = await fetchContent<{ ClinicSetting: ClinicSettings | null }>(
      clinicSettingsQuery,
      {},
      { locale, preview: false },
    )
    return ClinicSetting
  } catch {
    return null
  }
}

/** Next adds `noindex` itself to any answer with status 404. */
export function notFoundMetadata(locale: SiteLocale, settings: ClinicSettings | null): Metadata {
  const title = words(locale).notFound
  const clinicName = settings?.clinicName?.trim()
  return { title: clinicName ? `${title} | ${clinicName}` : title }
}
