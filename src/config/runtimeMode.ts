import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { parseEnvironment, type Configuration, type Environment } from './environment'

export type ProductionRuntime = {
  configuration: Configuration
  secretSource: 'environment' | 'generated file'
}

/**
 * The configuration of `npm start` and `npm run seed`, which run the built app with migrations
 * (NODE_ENV=production). An operator who sets NODE_ENV=production must also set PAYLOAD_SECRET
 * (parseEnvironment refuses otherwise). Without NODE_ENV (the two-command quick start), a random
 * secret is made once and kept in data/.payload-secret so logins survive restarts.
 */
export function productionRuntime(env: Environment, cwd = process.cwd()): ProductionRuntime {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given || env.NODE_ENV === 'production') {
    return {
      configuration: parseEnvironment({ ...env, NODE_ENV: 'production' }, cwd),
      secretSource: 'environment',
    }
  }
  const secret = readOrCreateLocalSecret(path.resolve(cwd, 'data/.payload-secret'))
  return {
    configuration: parseEnvironment(
      { ...env, NODE_ENV: 'production', PAYLOAD_SECRET: secret },
      cwd,
    ),
    secretSource: 'generated file',
  }
}

/**
 * Export, import and partner:key reach the database the way `npm start` does (production:
 * migrations, the operator's secret), unless NODE_ENV names another mode on purpose, as
 * `npm run dev` and the tests do: their databases are shaped by schema push, not migrations.
 */
export function commandRuntime(env: Environment, cwd = process.cwd()): Configuration {
  if (env.NODE_ENV === 'development' || env.NODE_ENV === 'test') return parseEnvironment(env, cwd)
  return productionRuntime(env, cwd).configuration
}

/** Default database of `npm run dev`: a pushed schema and the migrated one must not mix. */
export const developmentDatabaseUrl = 'file:./data/dev.db'

/** `npm run dev`: development mode, on its own database unless DATABASE_URL names one. */
export function developmentRuntime(env: Environment, cwd = process.cwd()): Configuration {
  return parseEnvironment(
    {
      ...env,
      NODE_ENV: 'development',
      DATABASE_URL: env.DATABASE_URL?.trim() || developmentDatabaseUrl,
    },
    cwd,
  )
}

function readOrCreateLocalSecret(file: string): string {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
