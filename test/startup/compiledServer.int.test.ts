import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { type CompiledServerProcess, startCompiledServer } from './compiledServerProcess'

/**
 * `npm start` runs the server compiled ahead of time by esbuild with plain Node (issue 15). This
 * compiles the real server the same way (here the API-only entry the hardening tests run) and
 * checks that it starts and answers REST and GraphQL: esbuild resolves modules differently from
 * tsx (file-name case, `.ts` beside `.tsx`), and plain Node loads packages differently (Lexical's
 * top-level await), so a change that works under tsx can break only the compiled server.
 */
describe('the server compiled ahead of time', () => {
  let database: TestDatabase
  let server: CompiledServerProcess
  let baseUrl = ''

  beforeAll(async () => {
    database = await createTestDatabase()
    server = await startCompiledServer({
      entry: 'test/hardening/fixtures/apiServer.ts',
      env: { DATABASE_URL: database.url, PAYLOAD_SECRET: 'test-secret' },
    })
    baseUrl = server.baseUrl
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
  })

  test('should answer a REST list', async () => {
    const response = await fetch(`${baseUrl}/api/conditions?limit=1`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ docs: [], totalDocs: 0 })
  })

  test('should answer GraphQL', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Conditions(limit: 1) { totalDocs } }' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { Conditions: { totalDocs: 0 } } })
  })
})
