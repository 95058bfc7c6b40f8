import { afterAll, beforeAll, describe, expect, test } from 'vitest'

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
})
