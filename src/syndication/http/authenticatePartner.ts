import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

import { keyPattern, keyRefusal } from '../shape/apiKey'
import { findKey, recordKeyUse } from '../services/partnerKeys'
import { SyndicationProblem } from '../shape/problem'
import type { PartnerRecord } from './partnerContext'

const invalidKey = () =>
  new SyndicationProblem(
    'invalid-key',
    'This API key is not recognised. Check it was copied whole, or ask the clinic for a new one.',
  )

/**
 * `Authorization: Bearer <key>`. Every request looks the key up again, so a revoked or expired key,
 * or a suspended partner, is refused on its very next request.
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
      const presented = /^Bearer +(\S+)$/i.exec(header.trim())?.[1]
      if (!presented || !keyPattern.test(presented)) throw invalidKey()
      const key = await findKey(payload, presented)
      if (!key) throw invalidKey()

      const now = new Date()
      const refusal = keyRefusal(key, now)
      if (refusal === 'key-expired') {
        throw new SyndicationProblem(
          'key-expired',
          `This API key expired at ${new Date(key.expiresAt!).toISOString()}. Use the key that replaced it, or ask the clinic for a new one.`,
        )
      }
      if (refusal === 'key-revoked') {
        throw new SyndicationProblem(
          'key-revoked',
          'This API key was revoked. Ask the clinic for a new one.',
        )
      }
      const partner = key.partner as unknown as PartnerRecord | null
      if (!partner || typeof partner !== 'object') throw invalidKey()
      if (partner.status !== 'active') {
        throw new SyndicationProblem(
          'partner-suspended',
          'Your partner account is suspended, so every key is refused. Contact the clinic.',
        )
      }
      await recordKeyUse(payload, key, now)
      res.locals.syndication = { partner, key }
      next()
    } catch (error) {
      next(error)
    }
  }
}
