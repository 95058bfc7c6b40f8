import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { now } from '../../lib/clock'
import { authenticateKey } from '../services/authenticateKey'
import { SyndicationProblem } from '../shape/problem'
import { presentedBearerKey } from './bearerKey'

/** An Authorization header in another scheme (Basic, a bare key): says how to send the key. */
function notBearer(header: string): SyndicationProblem {
  const scheme = /^\s*([A-Za-z][\w!#$%&'*+.^`|~-]*)\s+\S/.exec(header)?.[1]
  return new SyndicationProblem(
    'invalid-key',
    `Send the API key with the Bearer scheme: "Authorization: Bearer <key>"${scheme ? `, not ${scheme.slice(0, 20)}` : ''}.`,
  )
}

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
      if (!presented) throw notBearer(header)
      res.locals.syndication = await authenticateKey(payload, presented, now())
      next()
    } catch (error) {
      next(error)
    }
  }
}
