import type { Payload } from 'payload'

import { keyPattern, keyRefusal } from '../shape/apiKey'
import { SyndicationProblem } from '../shape/problem'
import { findKey, recordKeyUse, type KeyRecord } from './partnerKeys'

/** A partner as the API reads it (the `partners` collection at depth 0). */
export type PartnerRecord = {
  id: string | number
  name: string
  status: string
  rateLimitTier?: string | null
  allowedOrigins?: string[] | null
  scopes?: { collections?: string[] | null; locales?: string[] | null } | null
  /** The admin setting "Include content not yet reviewed". */
  includeUnreviewed?: boolean | null
}

export type PartnerContext = { partner: PartnerRecord; key: KeyRecord }

const invalidKey = () =>
  new SyndicationProblem(
    'invalid-key',
    'This API key is not recognised. Check it was copied whole, or ask the clinic for a new one.',
  )

/**
 * The partner a presented key belongs to, looked up again on every request, so a revoked or
 * expired key, or a suspended partner, is refused on its very next request. Throws the problem
 * the partner is shown otherwise.
 */
export async function authenticateKey(
  payload: Payload,
  presented: string,
  now: Date,
): Promise<PartnerContext> {
  if (!keyPattern.test(presented)) throw invalidKey()
  const key = await findKey(payload, presented)
  if (!key) throw invalidKey()

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
  return { partner, key }
}
