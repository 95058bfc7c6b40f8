/**
 * One server process of the soak's deployment: what `npm start` runs in production (migrations on
 * start, seeding an empty database, jobs runner, graceful shutdown), without the admin's Next build,
 * which the soak does not exercise. Prints `{"ready":…}` on stdout once it listens.
 */
import { loadProductionRuntime } from '../../src/config'

const { configuration } = loadProductionRuntime()
const { startServer } = await import('../../src/server')
const { seedIfEmpty } = await import('../../src/seed/seedIfEmpty')

await startServer({
  port: configuration.server.port,
  host: '127.0.0.1',
  isDevelopment: false,
  serveAdmin: false,
  beforeListen: (payload) => seedIfEmpty(payload, () => undefined),
})
process.stdout.write(
  `${JSON.stringify({ ready: true, port: configuration.server.port, pid: process.pid })}\n`,
)
