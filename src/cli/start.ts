/**
 * `npm start`: builds the admin if needed, applies migrations, seeds an empty database, and serves
 * the admin, REST and GraphQL on PORT (default 3000).
 */
import { loadProductionRuntime, setFrameworkEnvironment } from '../config'
import { buildIfNeeded } from './buildIfNeeded'

const log = (line: string) => console.log(line)
const startedAt = Date.now()

// Ends the process with a readable message when a variable is refused.
const { configuration, secretSource } = loadProductionRuntime()
if (secretSource === 'generated file') {
  log('PAYLOAD_SECRET is not set: using a local secret kept in data/.payload-secret.')
  log('For a real deployment set NODE_ENV=production and PAYLOAD_SECRET yourself.')
}
setFrameworkEnvironment({ NEXT_TELEMETRY_DISABLED: '1' })

try {
  buildIfNeeded(log, { PAYLOAD_SECRET: configuration.payloadSecret })

  // Imported only now: Next, React and Payload read NODE_ENV when they load (src/config).
  const { startServer } = await import('../server')
  const { seedIfEmpty } = await import('../seed/seedIfEmpty')

  await startServer({
    port: configuration.server.port,
    host: configuration.server.host,
    isDevelopment: false,
    beforeListen: (payload) => seedIfEmpty(payload, log),
  })
  const base = configuration.server.publicUrl
  log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  log(`  Admin:    ${base}/admin`)
  log(`  REST:     ${base}/api/conditions`)
  log(`  GraphQL:  ${base}/api/graphql`)
  log(`  Health:   ${base}/healthz, ${base}/readyz`)
} catch (error) {
  console.error(`Could not start: ${(error as Error).message}`)
  process.exit(1)
}
