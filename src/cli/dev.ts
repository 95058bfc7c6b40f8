/**
 * `npm run dev`: Next in development mode behind Express, with schema push. It uses its own
 * database (data/dev.db) unless DATABASE_URL says otherwise, because a pushed schema and the
 * migrated one `npm start` keeps in data/cms.db must not mix.
 */
import { loadDevelopmentRuntime } from '../config'

const configuration = loadDevelopmentRuntime()

// Imported only now: Next, React and Payload read NODE_ENV when they load (src/config).
const { startServer } = await import('../server')
const { seedIfEmpty } = await import('../seed/seedIfEmpty')

await startServer({
  port: configuration.server.port,
  host: configuration.server.host,
  isDevelopment: true,
  beforeListen: (payload) => seedIfEmpty(payload, (line) => console.log(line)),
})
console.log(`Development server on ${configuration.server.publicUrl}/admin`)
