import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * Prepares the environment for `npm start` and `npm run seed`, which run the built app with
 * migrations (NODE_ENV=production). An operator who sets NODE_ENV=production must also set
 * PAYLOAD_SECRET, or the server refuses to start. Without NODE_ENV (the two-command quick start),
 * a random secret is made once and kept in data/.payload-secret so logins survive restarts.
 */
export type Environment = Record<string, string | undefined>

export function prepareProductionRuntime(env: Environment = process.env): {
  secretSource: 'environment' | 'generated file'
} {
  const operatorChoseProduction = env.NODE_ENV === 'production'
  const secret = env.PAYLOAD_SECRET?.trim()

  if (!secret && operatorChoseProduction) {
    throw new Error(
      'PAYLOAD_SECRET is not set. Set it to a long random string (e.g. `openssl rand -hex 32`) before starting with NODE_ENV=production.',
    )
  }
  env.NODE_ENV = 'production'
  if (secret) return { secretSource: 'environment' }

  env.PAYLOAD_SECRET = readOrCreateLocalSecret(path.resolve(process.cwd(), 'data/.payload-secret'))
  return { secretSource: 'generated file' }
}

function readOrCreateLocalSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
