import type { PartnerRecord } from './partnerContext'

/**
 * What a partner may see, as a cache key: partners with the same collections and locales get the
 * same answers (CORS and rate-limit headers are added per request), so they can share entries.
 */
export function partnerScopeKey(partner: PartnerRecord): string {
  const sorted = (values?: string[] | null) => (values ? [...values].sort().join(',') : '*')
  return `collections=${sorted(partner.scopes?.collections)};locales=${sorted(partner.scopes?.locales)}`
}
