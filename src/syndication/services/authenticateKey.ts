import type { Payload } from 'payload'

import { partnerKeyIndex } from '../../cache/partnerKeyIndex'
import type { StoreBoundIndex } from '../../cache/storeBoundIndex'
import { hashApiKey, keyPattern, keyRefusal } from '../shape/apiKey'
import { SyndicationProblem } from '../shape/problem'
import { findKeyByHash, isKeyUseDue, recordKeyUse, type KeyRecord } from './partnerKeys'

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
 * The stored key (with its partner) from the in-memory key index, or from the database when the
 * index does not hold it (then it is indexed). With other servers on the database, the index first
 * catches up with their committed changes (one shared round trip on PostgreSQL's listening
 * connection), so a key revoked through another server is refused here too on its next request.
 * Unknown keys are not indexed: each costs a read, but guessing keys cannot fill memory.
 */
async function lookUpKey(payload: Payload, presented: string): Promise<KeyRecord | null> {
  const keyHash = hashApiKey(presented)
  const index = partnerKeyIndex()
  const current = index && (await index.catchUpWithPeers())
  const indexed = current ? index.get(keyHash) : undefined
  if (indexed) return indexed
  const generationAtStart = index?.currentGeneration() ?? 0
  const found = await findKeyByHash(payload, keyHash)
  if (found && current) index.set(keyHash, found, generationAtStart)
  return found
}

/**
 * The partner a presented key belongs to. Its status, expiry and revocation are checked on every
 * request against the key index, which any write to a key or partner empties (in every process)
 * before the write returns, so a revoked or expired key, or a suspended partner, is refused on its
 * very next request. Throws the problem the partner is shown otherwise.
 */
export async function authenticateKey(
  payload: Payload,
  presented: string,
  now: Date,
): Promise<PartnerContext> {
  if (!keyPattern.test(presented)) throw invalidKey()
  const key = await lookUpKey(payload, presented)
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

/**
 * The partner of a presented key that may be used now with nothing to read or write: the key
 * index holds it (after catching up with the other servers, as lookUpKey does), it is neither
 * expired nor revoked, its partner is active, and its last use was recorded within the minute.
 * The partner front (src/syndication/http/partnerFront.ts) answers cache hits for such keys
 * before Express. Null whenever authenticateKey must decide instead: it reads the database,
 * answers the refusal, or records the use.
 */
export async function usableIndexedKey(
  presented: string,
  now: Date,
): Promise<PartnerContext | null> {
  if (!keyPattern.test(presented)) return null
  const index = partnerKeyIndex()
  if (!index || !(await index.catchUpWithPeers())) return null
  return usableFrom(index, presented, now)
}

/**
 * usableIndexedKey without a promise where there are no other servers to catch up with (SQLite,
 * MongoDB, one process): each promise a cache hit makes costs it a little, and the minor
 * collections it brings delay every request in flight (issue 15). Undefined when the index must
 * catch up first: then call usableIndexedKey.
 */
export function usableIndexedKeyNow(
  presented: string,
  now: Date,
): PartnerContext | null | undefined {
  if (!keyPattern.test(presented)) return null
  const index = partnerKeyIndex()
  if (!index) return null
  if (!index.isCaughtUpWithPeers) return undefined
  return usableFrom(index, presented, now)
}

function usableFrom(
  index: StoreBoundIndex<KeyRecord>,
  presented: string,
  now: Date,
): PartnerContext | null {
  const key = index.get(hashApiKey(presented))
  if (!key || keyRefusal(key, now) !== null || isKeyUseDue(key, now)) return null
  const partner = key.partner as unknown as PartnerRecord | null
  if (!partner || typeof partner !== 'object' || partner.status !== 'active') return null
  return { partner, key }
}
