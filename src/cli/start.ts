/**
 * `npm start`: builds the admin if needed, applies migrations, seeds an empty database, and serves
 * the admin, REST and GraphQL on PORT (default 3000).
 */
import { buildIfNeeded } from './buildIfNeeded'
import { prepareProductionRuntime } from './runtimeMode'

const log = (line: string) => console.log(line)
const startedAt = Date.now()

try {
  const { secretSource } = prepareProductionRuntime()
  if (secretSource === 'generated file') {
    log('PAYLOAD_SECRET is not set: using a local secret kept in data/.payload-secret.')
    log('For a real deployment set NODE_ENV=production and PAYLOAD_SECRET yourself.')
  }
  process.env.NEXT_TELEMETRY_DISABLED = '1'
  buildIfNeeded(log)

  // Imported only now: the config reads NODE_ENV and PAYLOAD_SECRET when it loads.
  const { startServer } = await import('../server')
  const { seedIfEmpty } = await import('../seed/seedIfEmpty')
  const { serverUrl } = await import('../lib/serverUrl')

  await startServer({
    port: Number(process.env.PORT || 3000),
    host: process.env.HOST,
    isDevelopment: false,
    beforeListen: (payload) => seedIfEmpty(payload, log),
  })
  const base = serverUrl()
  log(`Ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  log(`  Admin:    ${base}/admin`)
  log(`  REST:     ${base}/api/conditions`)
  log(`  GraphQL:  ${base}/api/graphql`)
  log(`  Health:   ${base}/healthz, ${base}/readyz`)
} catch (error) {
  console.error(`Could not start: ${(error as Error).message}`)
  process.exit(1)
}
