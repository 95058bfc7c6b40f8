import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import type { CollectionBeforeOperationHook } from 'payload'

import { loginEmailOf } from './loginEmail'

const derive = promisify(pbkdf2)

/**
 * Payload answers a sign-in with an unknown email at once and one with a known email only after
 * hashing the password (600,000 rounds of PBKDF2-SHA256, about 170 ms here), so the time alone told
 * an attacker which staff emails exist. For an unknown email the same hash is computed on a dummy
 * password before Payload refuses it with the same message it gives for a wrong password.
 * Parameters as in payload/dist/auth/strategies/local/generatePasswordSaltHash.js (Payload 3.90).
 */
export const payloadHashParameters = { iterations: 600_000, keyLength: 32, digest: 'sha256' }

export const sameAnswerForUnknownEmails: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const email = loginEmailOf({ args, operation })
  if (!email) return args
  const { totalDocs } = await req.payload.count({
    collection: collection.slug as 'users',
    where: { email: { equals: email.toLowerCase() } },
    overrideAccess: true,
    req,
  })
  if (totalDocs === 0) {
    const { iterations, keyLength, digest } = payloadHashParameters
    await derive('not-a-password', 'not-a-salt', iterations, keyLength, digest)
  }
  return args
}
