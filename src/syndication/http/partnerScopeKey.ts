import type { PartnerRecord } from '../services/authenticateKey'

/**
 * What a partner may see, as a cache key: partners with the same collections, locales and review
 * setting (reviewed content only, or all published content) get the
 * same answers (CORS and rate-limit headers are added per request), so they can share entries.
 */
export function partnerScopeKey(partner: PartnerRecord): string {
  let scope = knownScopes.get(partner)
  if (scope === undefined) knownScopes.set(partner, (scope = scopeOf(partner)))
  return scope
}

/** By partner record: the key index hands every request of a key the same record until a change. */
const knownScopes = new WeakMap<PartnerRecord, string>()

function scopeOf(partner: PartnerRecord): string {
  const sorted = (values?: string[] | null) => (values ? [...values].sort().join(',') : '*')
  const review = partner.includeUnreviewed ? 'all' : 'reviewed'
  return `collections=${sorted(partner.scopes?.collections)};locales=${sorted(partner.scopes?.locales)};review=${review}`
}
