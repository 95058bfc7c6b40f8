/**
 * The server the browser tests drive: the real Express + Next production server (startServer, as
 * `npm start` runs it, so the committed migrations build the database) on a fresh SQLite database,
 * seeded, with one account per role.
 */
import type { Payload } from 'payload'

import { e2eAccounts } from './accounts'

;(process.env as Record<string, string | undefined>).NODE_ENV = 'production'
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
  beforeListen: async (payload) => {
    // E2E_ACCOUNTS=none leaves the users table empty, for the admin's create-first-user screen.
    if (process.env.E2E_ACCOUNTS !== 'none') await createAccounts(payload)
    await seedIfEmpty(payload, (line) => console.log(line))
  },
})
console.log(`e2e server ready on ${process.env.PORT}`)
