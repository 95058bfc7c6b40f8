import type { RequestHandler } from 'express'

import { answerFromCache } from '../../cache/cacheFront'
import { cacheKey } from '../../cache/cacheKey'
import { sharedResponseStore } from '../../cache/responseStore'

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
    const url = req.originalUrl
    const queryStart = url.indexOf('?')
    const key = cacheKey({
      method: 'GET',
      path: queryStart === -1 ? url : url.slice(0, queryStart),
      query: queryStart === -1 ? '' : url.slice(queryStart + 1),
      scope: `partner:${scope}`,
      varyValues: [String(req.headers.accept ?? ''), String(req.headers.origin ?? '')],
    })
    // On a miss the answer comes back through sendAnswer (respond.ts), which stores it.
    if (answerFromCache({ store, key, req, res })) return
    next()
  }
}
