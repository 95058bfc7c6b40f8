import { createHash } from 'node:crypto'

export type RateLimitCount = {
  /** The policy's name (express-rate-limit's `identifier`), e.g. the partner's tier. */
  name: string
  limit: number
  /** Requests counted in the window so far, this one included. */
  totalHits: number
  /** When the window ends, as the store reported it. */
  resetTime: Date | undefined
  windowMs: number
  /** The counter's key: the policy's partition key is derived from it. */
  key: string
}

/** Partition keys already derived, by counter key (a key's id, not a secret): one hash per key. */
const partitionKeys = new Map<string, string>()
const partitionKeysKept = 10_000

/** express-rate-limit's partition key: the first 12 hex digits of the key's SHA-256, in base64. */
function partitionKeyOf(key: string): string {
  const known = partitionKeys.get(key)
  if (known !== undefined) return known
  const derived = Buffer.from(createHash('sha256').update(key).digest('hex').slice(0, 12)).toString(
    'base64',
  )
  if (partitionKeys.size >= partitionKeysKept) partitionKeys.clear()
  partitionKeys.set(key, derived)
  return derived
}

/**
 * The IETF draft-8 `RateLimit` and `RateLimit-Policy` headers, flat (`[name, value, …]`), exactly as
 * express-rate-limit writes them (`standardHeaders: 'draft-8'`), for answers sent without it: the
 * partner front answers cache hits before Express but counts them on the same store
 * (src/syndication/http/partnerFront.ts). A test holds the two side by side.
 */
export function draft8Headers(
  { name, limit, totalHits, resetTime, windowMs, key }: RateLimitCount,
  nowMs = Date.now(),
): string[] {
  const windowSeconds = Math.ceil(windowMs / 1000)
  const resetSeconds = resetTime
    ? Math.max(0, Math.ceil((resetTime.getTime() - nowMs) / 1000))
    : windowSeconds
  const partitionKey = partitionKeyOf(key)
  const remaining = Math.max(limit - totalHits, 0)
  return [
    'RateLimit',
    `"${name}"; r=${remaining}; t=${resetSeconds}`,
    'RateLimit-Policy',
    `"${name}"; q=${limit}; w=${windowSeconds}; pk=:${partitionKey}:`,
  ]
}
