import type { ErrorRequestHandler, RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import type { Payload } from 'payload'

import { configuration } from '../../config'
import { SharedRateLimitStore } from '../../rateLimit/postgresStore'
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

/**
 * Per-key limits by the partner's tier, announced with the IETF `RateLimit-Policy` / `RateLimit`
 * headers on every answer; over the limit, 429 with `Retry-After`.
 */
export function partnerRateLimit(
  payload: Payload,
  windowSeconds = configuration().syndication.rateLimitWindowSeconds,
): RequestHandler {
  return rateLimit({
    // Counted on the database all server processes share (src/rateLimit), where it can be.
    store: new SharedRateLimitStore(payload, 'partner:'),
    windowMs: windowSeconds * 1000,
    limit: (_req, res) => requestsPerWindow(partnerOf(res).partner.rateLimitTier),
    keyGenerator: (_req, res) => `key:${String(partnerOf(res).key.id)}`,
    identifier: (_req, res) => String(partnerOf(res).partner.rateLimitTier ?? 'standard'),
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
}
