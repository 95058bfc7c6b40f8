/**
 * `npm run dev`: Next in development mode behind Express, with schema push. It uses its own
 * database (data/dev.db) unless DATABASE_URL says otherwise, because a pushed schema and the
 * migrated one `npm start` keeps in data/cms.db must not mix.
 */
;(process.env as Record<string, string>).NODE_ENV = 'development'
process.env.DATABASE_URL ||= 'file:./data/dev.db'

const { startServer } = await import('../server')
const { seedIfEmpty } = await import('../seed/seedIfEmpty')
const { serverUrl } = await import('../lib/serverUrl')

await startServer({
  port: Number(process.env.PORT || 3000),
  host: process.env.HOST,
  isDevelopment: true,
  beforeListen: (payload) => seedIfEmpty(payload, (line) => console.log(line)),
})
console.log(`Development server on ${serverUrl()}/admin`)

export {}
