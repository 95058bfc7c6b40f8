import type { RequestHandler } from 'express'
import type { IncomingHttpHeaders } from 'node:http'

import { answerFromCache } from '../../cache/cacheFront'
import { cacheKey } from '../../cache/cacheKey'
import { sharedResponseStore } from '../../cache/responseStore'

/**
 * The key of a partner's read: the whole URL (as received, before any router rewrote it), what
 * the partner may see (`scope`), and the Accept and Origin it was asked with. A HEAD reads the GET.
 */
export function partnerCacheKey(url: string, scope: string, headers: IncomingHttpHeaders): string {
  const queryStart = url.indexOf('?')
  return cacheKey({
    method: 'GET',
    path: queryStart === -1 ? url : url.slice(0, queryStart),
    query: queryStart === -1 ? '' : url.slice(queryStart + 1),
    scope: `partner:${scope}`,
    varyValues: [String(headers.accept ?? ''), String(headers.origin ?? '')],
  })
}

/**
 * The response cache for the partner syndication API, mounted in its router after the partner's
 * key, status and rate limit were checked (so a revoked key or a partner over its limit is refused
 * as always) and keyed by what the partner may see: `scopeOf` names it, e.g. the partner's
 * collections and locales. Headers set before this middleware (rate-limit counters, CORS) belong
 * to each request: they are never stored, and a hit keeps the fresh ones. Content changes clear
 * it together with the public cache.
 */
export function partnerResponseCache(
  scopeOf: (
    req: Parameters<RequestHandler>[0],
    res: Parameters<RequestHandler>[1],
  ) => string | undefined,
): RequestHandler {
  const store = sharedResponseStore()
  return (req, res, next) => {
    const isRead = req.method === 'GET' || req.method === 'HEAD'
    const scope = isRead ? scopeOf(req, res) : undefined
    if (!scope) return next()
    const key = partnerCacheKey(req.originalUrl, scope, req.headers)
    // On a miss the answer comes back through sendAnswer (respond.ts), which stores it.
    if (answerFromCache({ store, key, req, res })) return
    next()
  }
}
