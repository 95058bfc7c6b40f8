import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { sendEntry } from '../../cache/cacheFront'
import { sharedResponseStore } from '../../cache/responseStore'
import { now } from '../../lib/clock'
import { databaseMonitor } from '../../server/outage/databaseMonitor'
import { fixedSecurityHeaders } from '../../server/securityHeaders'
import {
  type PartnerContext,
  usableIndexedKey,
  usableIndexedKeyNow,
} from '../services/authenticateKey'
import { presentedBearerKey } from './bearerKey'
import { embeddingHeaders, partnerOriginHeaders } from './cors'
import { partnerCacheKey } from './partnerResponseCache'
import { partnerScopeKey } from './partnerScopeKey'
import { partnerLimiter } from './rateLimit'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** Where createApp mounts the syndication router, and the router version 1. */
const v1Prefix = '/syndication/v1/'

/**
 * The security headers every v1 answer carries (securityHeaders.ts), with embedding allowed as the
 * router allows it (cors.ts), computed once: the same for every request.
 */
function embeddableSecurityHeaders(isDevelopment: boolean): string[] {
  const headers = new Map<string, [string, string]>()
  const pairs = [...fixedSecurityHeaders(v1Prefix, { isDevelopment }), ...embeddingHeaders]
  for (let index = 0; index < pairs.length; index += 2) {
    headers.set(pairs[index].toLowerCase(), [pairs[index], pairs[index + 1]])
  }
  return [...headers.values()].flat()
}

/**
 * Whether the front may try a request at all: a keyed read of the partner API. A request with
 * a cookie goes to Express, which logs a session's origin mismatch (originMismatchLog.ts), and
 * one with a body, which the body size limit judges (bodySizeLimit.ts).
 */
function isKeyedPartnerRead(req: IncomingMessage): boolean {
  const { authorization, cookie } = req.headers
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    (req.url?.startsWith(v1Prefix) ?? false) &&
    authorization !== undefined &&
    cookie === undefined &&
    req.headers['content-length'] === undefined &&
    req.headers['transfer-encoding'] === undefined
  )
}

/**
 * Partner cache hits answered before Express (issue 15), as the syndication router would answer
 * them: the key resolved from the in-memory key index (catching up with the other servers first,
 * so a key revoked anywhere is refused on its next request), counted on the partner's rate limit
 * (the same store as the router's), then the partner cache, with the same headers (security, CORS,
 * RateLimit) and the access line the access log writes for every request. Anything else goes to
 * Express untouched, which decides it as it always has: no key or a key the index does not hold,
 * a refused key (expired, revoked, suspended partner), a use due to be recorded (once a minute),
 * an origin the partner did not list, a key over its limit (the count is taken back and the router
 * counts it and answers the 429), a miss, or a database known to be down (the outage answer).
 * Nothing is set on the response until the front knows it answers.
 */
export function partnerFront(
  { payload, isDevelopment }: { payload: Payload; isDevelopment: boolean },
  next: Listener,
): Listener {
  const store = sharedResponseStore()
  const limiter = partnerLimiter(payload)
  const monitor = databaseMonitor(payload)
  const securityHeaders = embeddableSecurityHeaders(isDevelopment)

  // A hit is decided without a promise where nothing needs a round trip (no other servers to catch
  // up with, counts kept in this process): each promise costs a cache hit a little, and the minor
  // collections they bring delay every request in flight (issue 15). Each step that needs one
  // returns a promise of the rest instead.
  type Decision = boolean | Promise<boolean>

  const answerHit = (req: IncomingMessage, res: ServerResponse): Decision => {
    const presented = presentedBearerKey(req.headers.authorization ?? '')
    if (!presented) return false
    const at = now()
    const context = usableIndexedKeyNow(presented, at)
    if (context === undefined) {
      return usableIndexedKey(presented, at).then((caughtUp) => answerForKey(req, res, caughtUp))
    }
    return answerForKey(req, res, context)
  }

  const answerForKey = (
    req: IncomingMessage,
    res: ServerResponse,
    context: PartnerContext | null,
  ): Decision => {
    if (!context || monitor.isDown()) return false
    const origin = req.headers.origin
    if (origin !== undefined && !(context.partner.allowedOrigins ?? []).includes(origin)) {
      return false
    }
    const key = partnerCacheKey(req.url ?? '/', partnerScopeKey(context.partner), req.headers)
    if (!store.has(key)) return false
    const counted = limiter.countNow(context)
    if (counted === undefined) {
      return limiter
        .count(context)
        .then((headers) => answerCounted(req, res, context, key, headers))
    }
    return answerCounted(req, res, context, key, counted)
  }

  const answerCounted = (
    req: IncomingMessage,
    res: ServerResponse,
    context: PartnerContext,
    key: string,
    rateLimitHeaders: string[] | null,
  ): Decision => {
    if (!rateLimitHeaders) return false
    const entry = store.get(key)
    if (!entry) return limiter.takeBack(context).then(() => false)
    // What the router adds to the stored answer: security headers with embedding, CORS, rate limit.
    const origin = req.headers.origin
    const fresh =
      origin === undefined
        ? [...securityHeaders, ...rateLimitHeaders]
        : [...securityHeaders, ...partnerOriginHeaders(origin), ...rateLimitHeaders]
    sendEntry(req, res, entry, entry.headers, fresh)
    return true
  }

  return (req, res) => {
    if (!isKeyedPartnerRead(req)) return next(req, res)
    const fallBack = () => {
      if (res.headersSent) res.destroy()
      else next(req, res)
    }
    let decision: Decision
    try {
      decision = answerHit(req, res)
    } catch {
      return fallBack()
    }
    if (decision === false) next(req, res)
    else if (decision !== true) {
      decision.then((answered) => {
        if (!answered) next(req, res)
      }, fallBack)
    }
  }
}
