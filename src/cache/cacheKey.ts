import { hash } from 'node:crypto'

/**
 * The query string in one canonical order, so `?limit=10&depth=1` and `?depth=1&limit=10` share an
 * entry. Sorting is stable, so repeated parameters keep their relative order (qs arrays depend on it).
 */
export function normalizeQuery(search: string): string {
  if (search.length === 0) return ''
  const params = new URLSearchParams(search)
  params.sort()
  return params.toString()
}

export type CacheKeyParts = {
  method: string
  path: string
  /** The raw query string without its leading `?`. */
  query: string
  /** Who is asking: `anonymous`, or a partner's scope on the syndication API. */
  scope: string
  /** Request headers that change the answer (Origin for CORS, Accept-Language when translated). */
  varyValues: readonly string[]
  /** A request body that is part of the question (a GraphQL POST). */
  body?: Buffer
}

const recentlyNormalized = new Map<string, string>()
const recentlyNormalizedLimit = 1000

/** normalizeQuery with a small memo, so a cache hit on a popular URL does not re-parse its query. */
function normalizeQueryMemo(search: string): string {
  const known = recentlyNormalized.get(search)
  if (known !== undefined) return known
  const normalized = normalizeQuery(search)
  if (recentlyNormalized.size >= recentlyNormalizedLimit) recentlyNormalized.clear()
  recentlyNormalized.set(search, normalized)
  return normalized
}

/** Everything that changes the answer, joined by a separator no URL or header can contain. */
export function cacheKey({ method, path, query, scope, varyValues, body }: CacheKeyParts): string {
  // crypto.hash: the one-shot form, cheaper than createHash for a query's few hundred bytes.
  const bodyHash = body ? hash('sha256', body, 'base64url') : ''
  return [method, path, normalizeQueryMemo(query), scope, ...varyValues, bodyHash].join('\n')
}
