import type { Duration } from './content'
import type { SiteLocale } from './paths'

/** A date as the reader's language writes it, e.g. "10 March 2026" or "10 de marzo de 2026". */
export function formatDate(value: string | null | undefined, locale: SiteLocale): string | null {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(locale === 'es' ? 'es-ES' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/** A duration in the source's own words, which is what patients read. */
export const durationText = (duration: Duration | null | undefined): string | null =>
  duration?.wording?.trim() || null

/** GraphQL spells the select value "off-label" as the enum value OFF_LABEL-style "off_label". */
export const isOffLabel = (status: string | null | undefined): boolean =>
  status === 'off-label' || status === 'off_label'
