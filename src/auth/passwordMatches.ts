import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)

// Payload's two stored formats (payload/dist/auth/strategies/local/generatePasswordSaltHash.js):
// "pbkdf2-sha256-v1:<hex>" with 600,000 iterations and 32 bytes, and the older bare hex with
// 25,000 iterations and 512 bytes. Payload does not export its check, so it is repeated here.
const currentPrefix = 'pbkdf2-sha256-v1:'

function parametersOf(hash: string) {
  return hash.startsWith(currentPrefix)
    ? { hex: hash.slice(currentPrefix.length), iterations: 600_000, keyLength: 32 }
    : { hex: hash, iterations: 25_000, keyLength: 512 }
}

/** Whether `password` is the one whose salt and hash Payload stored, in constant time. */
export async function passwordMatches(
  password: string,
  stored: { hash?: unknown; salt?: unknown },
): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const { hex, iterations, keyLength } = parametersOf(stored.hash)
  const expected = Buffer.from(hex, 'hex')
  const actual = await pbkdf2Async(password, stored.salt, iterations, keyLength, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
