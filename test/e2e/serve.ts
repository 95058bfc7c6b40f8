/**
 * The server the browser tests drive: the real Express + Next production server (startServer, as
 * `npm start` runs it) on a fresh SQLite database, seeded, with one account per role.
 *
 * The schema is pushed rather than migrated (NODE_ENV=test while Payload starts), so the browser
 * tests do not depend on migrations being regenerated for every schema change; Next then serves
 * the production build (NODE_ENV=production).
 */
import type { Payload } from 'payload'

import { e2eAccounts } from './accounts'

const env = process.env as Record<string, string | undefined>
env.NODE_ENV = 'test'
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })

env.NODE_ENV = 'production'
const { startServer } = await import('../../src/server')
const { seedIfEmpty } = await import('../../src/seed/seedIfEmpty')

async function createAccounts(payload: Payload) {
  for (const account of Object.values(e2eAccounts)) {
    await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password: account.password,
        name: account.name,
        roles: [account.role],
      },
      overrideAccess: true,
    })
  }
}

await startServer({
  port: Number(process.env.PORT),
  isDevelopment: false,
  beforeListen: async () => {
    await createAccounts(payload)
    await seedIfEmpty(payload, (line) => console.log(line))
  },
})
console.log(`e2e server ready on ${process.env.PORT}`)
