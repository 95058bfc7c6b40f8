import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { now } from '../../lib/clock'
import { authenticateKey } from '../services/authenticateKey'
import { SyndicationProblem } from '../shape/problem'
import { presentedBearerKey } from './bearerKey'

/**
 * `Authorization: Bearer <key>`: the partner it belongs to is kept for the rest of the request
 * (`partnerOf`); a missing, unknown, expired or revoked key, or a suspended partner, is refused.
 */
export function authenticatePartner(payload: Payload): RequestHandler {
  return async (req, res, next) => {
    try {
      const header = req.headers.authorization
      if (!header) {
        throw new SyndicationProblem(
          'missing-key',
          'Send your API key in the Authorization header: "Authorization: Bearer <key>".',
        )
      }
      const presented = presentedBearerKey(header)
      res.locals.syndication = await authenticateKey(payload, presented, now())
      next()
    } catch (error) {
      next(error)
    }
  }
}
