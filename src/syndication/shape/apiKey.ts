import { hash, randomBytes } from 'node:crypto'

/**
 * Partner API keys: `chk_<8-character id>_<32 random bytes, base64url>`. Only a SHA-256 hash is
 * stored; the key has 256 bits of entropy, so a fast hash is enough (nothing to brute-force), and
 * the visible prefix lets an admin tell keys apart without ever seeing one again.
 */
export const keyPattern = /^chk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/

export type IssuedKey = { key: string; prefix: string; keyHash: string }

export function generateApiKey(): IssuedKey {
  const prefix = `chk_${randomBytes(5).toString('hex').slice(0, 8)}`
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`
  return { key, prefix, keyHash: hashApiKey(key) }
}

// crypto.hash: the one-shot form, half the cost of createHash for a key this short (issue 15).
export const hashApiKey = (key: string) => hash('sha256', key, 'hex')

export type StoredKey = { expiresAt?: string | null; revokedAt?: string | null }

export type KeyRefusal = 'key-expired' | 'key-revoked'

/** Why a stored key may not be used at `now`, or null when it may. */
export function keyRefusal(key: StoredKey, now: Date): KeyRefusal | null {
  if (key.revokedAt && new Date(key.revokedAt).getTime() <= now.getTime()) return 'key-revoked'
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now.getTime()) return 'key-expired'
  return null
}

/**
 * When rotating, an old key keeps working until the overlap ends, or until it would have expired
 * anyway if that is sooner.
 */
export function expiryAfterRotation(
  current: string | null | undefined,
  now: Date,
  overlapHours: number,
): string {
  const overlapEnd = now.getTime() + overlapHours * 3_600_000
  const currentEnd = current ? new Date(current).getTime() : Infinity
  return new Date(Math.min(overlapEnd, currentEnd)).toISOString()
}
