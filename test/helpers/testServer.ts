import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { Payload } from 'payload'

import { createTestDatabase, type TestDatabase } from './testDatabase'

export type TestServer = {
  baseUrl: string
  payload: Payload
  close: () => Promise<void>
}

/**
 * Starts the real Express app (without Next) on an ephemeral port over a fresh database of the
 * engine under test. Each test file runs in its own process, so each gets its own Payload.
 */
export async function startTestServer({
  connectThrough,
  database: given,
}: {
  /** Rewrites the database URL the server connects with, e.g. to go through a TCP proxy. */
  connectThrough?: (databaseUrl: string) => string
  /** A database made beforehand (e.g. by an older version), instead of a fresh empty one. */
  database?: TestDatabase
} = {}): Promise<TestServer> {
  const database = given ?? (await createTestDatabase())
  process.env.DATABASE_URL = connectThrough ? connectThrough(database.url) : database.url
  process.env.MEDIA_DIR = path.resolve(
    process.cwd(),
    'data/test/media',
    path.basename(database.url),
  )
  process.env.PAYLOAD_SECRET ??= 'test-secret'
  // The suites' webhook receivers listen on loopback; webhookTargets.int.test.ts turns this off.
  process.env.SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS ??= 'true'

  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { createRequestPipeline } = await import('../../src/server/pipeline')
  const { configuration } = await import('../../src/config')

  const payload = await getPayload({ config })
  // A real install always has its first admin; without one, the first test user would become it.
  await payload.create({
    collection: 'users',
    data: { email: 'first-admin@clinic.test', password: 'first-admin-password', roles: ['admin'] },
    overrideAccess: true,
  })
  // The server's own pipeline (access log, drain, response cache, Express app), as npm start runs it.
  const pipeline = createRequestPipeline({
    payload,
    publicOrigin: 'http://localhost',
    responseCache: configuration().responseCache.enabled,
  })
  const server = createServer(pipeline.listener).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    payload,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await pipeline.stop()
      await payload.destroy()
      // Payload's destroy leaves the PostgreSQL pool open; dropping the database ends its
      // connections, which the pool would otherwise report as an uncaught error.
      ;(payload.db as { pool?: { on: (event: string, listener: () => void) => void } }).pool?.on(
        'error',
        () => undefined,
      )
      await database.drop()
    },
  }
}
