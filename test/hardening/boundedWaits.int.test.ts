import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import pg from 'pg'

import { sendJson } from '../helpers/http'
import { bearer, signInAs } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * No request waits on the database without bound (issue 13): PostgreSQL cancels a statement that
 * runs longer than DATABASE_STATEMENT_TIMEOUT_MS, and the server goes on answering. PostgreSQL
 * only: SQLite waits on its own lock with a busy timeout, MongoDB is not run here.
 */
const isPostgres = process.env.TEST_DB_ENGINE === 'postgres'

type Pool = { query: (text: string) => Promise<unknown> }

describe.runIf(isPostgres)('bounded database waits', () => {
  let server: TestServer

  beforeAll(async () => {
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '300'
    server = await startTestServer()
  })
  afterAll(async () => {
    await server?.close()
    delete process.env.DATABASE_STATEMENT_TIMEOUT_MS
  })

  test('should cancel a statement that runs longer than the timeout, and keep serving', async () => {
    const pool = (server.payload.db as unknown as { pool: Pool }).pool
    await expect(pool.query('select pg_sleep(5)')).rejects.toThrow(/statement timeout/)
    const response = await fetch(`${server.baseUrl}/api/conditions?limit=1`)
    expect(response.status).toBe(200)
  })

  test('should answer a save the statement timeout cancelled with a 503 problem, not a 500', async () => {
    const editor = await signInAs(server.payload, server.baseUrl, 'editor')
    const draft = await server.payload.create({
      collection: 'conditions',
      data: { name: 'Locked', slug: 'locked', summary: 'Held by another session.' } as never,
      draft: true,
      overrideAccess: true,
    })
    // Another session holds the document's row, as a long migration or a stuck script would.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await holder.connect()
    try {
      await holder.query('begin')
      await holder.query('select id from conditions where id = $1 for update', [draft.id])
      const saved = await sendJson(
        'PATCH',
        `${server.baseUrl}/api/conditions/${draft.id}?draft=true`,
        { summary: 'Waits for the row, longer than the statement timeout.' },
        bearer(editor),
      )
      expect(saved.status).toBe(503)
      expect(saved.headers.get('content-type')).toMatch(/application\/problem\+json/)
      expect(saved.headers.get('retry-after')).toMatch(/^\d+$/)
    } finally {
      await holder.query('rollback').catch(() => undefined)
      await holder.end()
    }
    // The database is fine: the next request is served.
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200)
  })
})
