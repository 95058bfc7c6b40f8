import type { ErrorRequestHandler, RequestHandler } from 'express'
import { type IncrementResponse, rateLimit } from 'express-rate-limit'

import type { Payload } from 'payload'

import { configuration } from '../../config'
import { draft8Headers } from '../../rateLimit/draft8Headers'
import { SharedRateLimitStore } from '../../rateLimit/postgresStore'
import type { PartnerContext } from '../services/authenticateKey'
import { SyndicationProblem } from '../shape/problem'
import { requestsPerWindow } from '../shape/rateLimitTiers'
import { partnerOf } from './partnerContext'

/**
 * Requests the key check refused (no key, an unknown or revoked one), counted per client address:
 * placed right after authenticatePartner as an error handler, so a request with a valid key never
 * uses up its address's allowance (a partner behind the same address as a scraper keeps working).
 * Over the limit, 429 with `Retry-After` instead of the 401.
 */
export function anonymousRateLimit(
  windowSeconds = configuration().syndication.rateLimitWindowSeconds,
  limit = configuration().syndication.anonymousRequestsPerWindow,
): ErrorRequestHandler {
  const limiter = rateLimit({
    windowMs: windowSeconds * 1000,
    limit,
    identifier: 'anonymous',
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => {
      next(
        new SyndicationProblem(
          'rate-limited',
          `This address made more requests without a valid key than allowed in ${windowSeconds} seconds. Send your key in the Authorization header.`,
        ),
      )
    },
  })
  return (error, req, res, next) => {
    const refusedKey = error instanceof SyndicationProblem && error.status === 401
    if (!refusedKey) return next(error)
    void limiter(req, res, (limited?: unknown) => next(limited ?? error))
  }
}

/** The counter of one key, shared by the Express middleware and the partner front. */
const counterKey = (context: PartnerContext) => `key:${String(context.key.id)}`
const policyName = (context: PartnerContext) => String(context.partner.rateLimitTier ?? 'standard')

export type PartnerLimiter = {
  /** Express middleware for every keyed request the partner front does not answer. */
  middleware: RequestHandler
  /**
   * Counts one request of the partner front (src/syndication/http/partnerFront.ts) on the same
   * store, and returns its `RateLimit` headers as the middleware writes them; null when the key
   * is over its limit or the store failed: then the count is taken back (if it was made) and the
   * request goes through the middleware, which counts it again and answers the 429 as always.
   */
  count: (context: PartnerContext) => Promise<string[] | null>
  /** `count` without a promise where counts are kept in this process; undefined elsewhere. */
  countNow: (context: PartnerContext) => string[] | null | undefined
  /** Takes back a count the front made for a request it then did not answer. */
  takeBack: (context: PartnerContext) => Promise<void>
}

const limiters = new WeakMap<Payload, PartnerLimiter>()

/**
 * Per-key limits by the partner's tier, announced with the IETF `RateLimit-Policy` / `RateLimit`
 * headers on every answer; over the limit, 429 with `Retry-After`. One per Payload instance, so
 * the partner front and the router count on one store.
 */
export function partnerLimiter(payload: Payload): PartnerLimiter {
  const known = limiters.get(payload)
  if (known) return known
  const windowSeconds = configuration().syndication.rateLimitWindowSeconds
  const windowMs = windowSeconds * 1000
  // Counted on the database all server processes share (src/rateLimit), where it can be.
  const store = new SharedRateLimitStore(payload, 'partner:')
  const middleware = rateLimit({
    store,
    windowMs,
    limit: (_req, res) => requestsPerWindow(partnerOf(res).partner.rateLimitTier),
    keyGenerator: (_req, res) => counterKey(partnerOf(res)),
    identifier: (_req, res) => policyName(partnerOf(res)),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res, next) => {
      const retryAfter = res.getHeader('Retry-After')
      next(
        new SyndicationProblem(
          'rate-limited',
          `This key made more requests than its tier allows in ${windowSeconds} seconds. Retry after ${retryAfter ?? windowSeconds} seconds; use ETags and the changes feed to need fewer requests.`,
        ),
      )
    },
  })
  const takeBack = (context: PartnerContext) =>
    store.decrement(counterKey(context)).catch(() => undefined)
  /** The RateLimit headers of a count (on the counter `key`) within the limit; null over it. */
  const headersFor = (context: PartnerContext, key: string, counted: IncrementResponse) => {
    const limit = requestsPerWindow(context.partner.rateLimitTier)
    if (counted.totalHits > limit) return null
    return draft8Headers({
      name: policyName(context),
      limit,
      totalHits: counted.totalHits,
      resetTime: counted.resetTime,
      windowMs,
      key,
    })
  }
  const count = async (context: PartnerContext) => {
    const key = counterKey(context)
    let counted
    try {
      counted = await store.increment(key)
    } catch {
      return null
    }
    const headers = headersFor(context, key, counted)
    if (!headers) await takeBack(context)
    return headers
  }
  const countNow = (context: PartnerContext) => {
    const key = counterKey(context)
    const counted = store.incrementNow(key)
    if (!counted) return undefined
    const headers = headersFor(context, key, counted)
    if (!headers) store.decrementNow(key)
    return headers
  }
  const limiter = { middleware, count, countNow, takeBack }
  limiters.set(payload, limiter)
  return limiter
}
