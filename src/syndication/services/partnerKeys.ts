import type { Payload } from 'payload'

import { keyUseOnlyContext } from '../../cache/invalidation'
import { expiryAfterRotation, generateApiKey } from '../shape/apiKey'
import type { KeyRequest } from '../shape/keyRequest'

type Id = string | number

export type IssuedPartnerKey = {
  key: string
  id: string
  prefix: string
  label: string | null
  expiresAt: string | null
  rotated: { id: string; prefix: string; expiresAt: string }[]
}

/**
 * Issues a key for a partner and returns it, the only time it is ever visible. Rotating sets every
 * other live key of the partner to expire when the overlap ends, so the partner can deploy the new
 * key without an outage.
 */
export async function issuePartnerKey(
  payload: Payload,
  partnerId: Id,
  request: KeyRequest,
  now: Date = new Date(),
): Promise<IssuedPartnerKey> {
  const rotated: IssuedPartnerKey['rotated'] = []
  if (request.rotate) {
    const { docs } = await payload.find({
      collection: 'partner-keys',
      where: {
        and: [
          { partner: { equals: partnerId } },
          { revokedAt: { exists: false } },
          {
            or: [
              { expiresAt: { exists: false } },
              { expiresAt: { greater_than: now.toISOString() } },
            ],
          },
        ],
      },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const old of docs) {
      const expiresAt = expiryAfterRotation(old.expiresAt, now, request.overlapHours)
      await payload.update({
        collection: 'partner-keys',
        id: old.id,
        data: { expiresAt },
        overrideAccess: true,
      })
      rotated.push({ id: String(old.id), prefix: old.prefix, expiresAt })
    }
  }

  const { key, prefix, keyHash } = generateApiKey()
  const record = await payload.create({
    collection: 'partner-keys',
    data: {
      partner: partnerId as never,
      prefix,
      keyHash,
      label: request.label,
      expiresAt: request.expiresAt,
    },
    overrideAccess: true,
  })
  return {
    key,
    id: String(record.id),
    prefix,
    label: request.label,
    expiresAt: request.expiresAt,
    rotated,
  }
}

export type KeyRecord = {
  id: Id
  prefix: string
  expiresAt?: string | null
  revokedAt?: string | null
  lastUsedAt?: string | null
  partner: Record<string, unknown> | Id
}

/** The stored key with this hash (hashApiKey of the presented key), with its partner, or null. */
export async function findKeyByHash(payload: Payload, keyHash: string): Promise<KeyRecord | null> {
  const { docs } = await payload.find({
    collection: 'partner-keys',
    where: { keyHash: { equals: keyHash } },
    limit: 1,
    depth: 1,
    overrideAccess: true,
  })
  return (docs[0] as unknown as KeyRecord | undefined) ?? null
}

/** How stale `lastUsedAt` may get before a request writes it again: one write a minute at most. */
export const lastUsedResolutionMs = 60_000

/** Whether `lastUsedAt` is older than the resolution, so this use must be written. */
export function isKeyUseDue(key: Pick<KeyRecord, 'lastUsedAt'>, now: Date): boolean {
  const last = key.lastUsedAt ? new Date(key.lastUsedAt).getTime() : 0
  return now.getTime() - last >= lastUsedResolutionMs
}

/**
 * Writes `lastUsedAt` when it is older than the resolution, and on the record itself, which may be
 * the one the key index holds, so the next request does not write again. Marked as a key-use-only
 * write: it changes nothing a request is decided on, so it drops no cache.
 */
export async function recordKeyUse(payload: Payload, key: KeyRecord, now: Date): Promise<void> {
  if (!isKeyUseDue(key, now)) return
  const lastUsedAt = now.toISOString()
  key.lastUsedAt = lastUsedAt
  await payload.update({
    collection: 'partner-keys',
    id: key.id,
    data: { lastUsedAt },
    depth: 0,
    overrideAccess: true,
    context: keyUseOnlyContext,
  })
}

export async function revokePartnerKey(
  payload: Payload,
  partnerId: Id,
  keyId: string,
  now: Date = new Date(),
): Promise<{ id: string; revokedAt: string } | null> {
  const { docs } = await payload.find({
    collection: 'partner-keys',
    where: { and: [{ id: { equals: keyId } }, { partner: { equals: partnerId } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const found = docs[0]
  if (!found) return null
  const revokedAt = found.revokedAt ?? now.toISOString()
  await payload.update({
    collection: 'partner-keys',
    id: found.id,
    data: { revokedAt },
    overrideAccess: true,
  })
  return { id: String(found.id), revokedAt }
}
