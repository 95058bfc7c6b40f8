import type { IncomingHttpHeaders } from 'node:http'

export type CacheableRoutes = {
  /** Payload's REST prefix, e.g. `/api`. */
  api: string
  /** The GraphQL path, e.g. `/api/graphql`. */
  graphQL: string
  /** Collections whose public reads are published content (those with drafts). */
  collections: ReadonlySet<string>
  globals: ReadonlySet<string>
}

export type CacheableRequest = { kind: 'rest' } | { kind: 'graphql-get' } | { kind: 'graphql-post' }

/** GraphQL queries are small; a bigger body is answered by Express without the cache. */
export const maxCacheableGraphQLBodyBytes = 16 * 1024

/**
 * Whether the front cache may answer (or remember the answer to) this request. Only anonymous reads
 * of published content: any cookie or Authorization header means someone who may see drafts, so it
 * goes to Payload every time. `draft` is refused outright rather than trusting Payload to ignore it.
 */
export function cacheableRequest(
  method: string | undefined,
  path: string,
  query: string,
  headers: IncomingHttpHeaders,
  routes: CacheableRoutes,
): CacheableRequest | null {
  if (headers.cookie !== undefined || headers.authorization !== undefined) return null
  if (headers['x-payload-http-method-override'] !== undefined) return null
  if (/(^|&)draft=/.test(query)) return null
  // HEAD is GET without the content (RFC 9110 §9.3.2): it reads the same stored answer, headers
  // and all, and Node leaves the body out.
  const isRead = method === 'GET' || method === 'HEAD'

  if (path === routes.graphQL) {
    if (isRead) return /(^|&)query=/.test(query) ? { kind: 'graphql-get' } : null
    if (method !== 'POST') return null
    const length = Number(headers['content-length'])
    const isJson = headers['content-type']?.startsWith('application/json') ?? false
    return isJson && length > 0 && length <= maxCacheableGraphQLBodyBytes
      ? { kind: 'graphql-post' }
      : null
  }

  if (!isRead || !path.startsWith(`${routes.api}/`)) return null
  const segments = path.slice(routes.api.length + 1).split('/')
  if (segments[0] === 'globals') {
    return segments.length === 2 && routes.globals.has(segments[1]) ? { kind: 'rest' } : null
  }
  // `/api/<collection>` (a list) or `/api/<collection>/<id>`; versions and other endpoints are not.
  if (!routes.collections.has(segments[0]) || segments.length > 2) return null
  if (segments.length === 2 && (segments[1] === '' || segments[1] === 'versions')) return null
  return { kind: 'rest' }
}
