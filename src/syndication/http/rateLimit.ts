import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

import { configuration } from '../../config'
import { SyndicationProblem } from '../shape/problem'
import { requestsPerWindow } from '../shape/rateLimitTiers'
import { partnerOf } from './partnerContext'

/**
 * Per-key limits by the partner's tier, announced with the IETF `RateLimit-Policy` / `RateLimit`
 * headers on every answer; over the limit, 429 with `Retry-After`. Counts live in this process.
 */
export function partnerRateLimit(
  windowSeconds = configuration().syndication.rateLimitWindowSeconds,
): RequestHandler {
  return rateLimit({
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
