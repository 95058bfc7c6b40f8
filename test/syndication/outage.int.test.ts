import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { problemTypeUri } from '../../src/syndication/shape/problem'
import { syndicationFixture } from '../helpers/syndication'
import { sharedPostgres, startTcpProxy, type TcpProxy, throughProxy } from '../helpers/tcpProxy'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * A partner calling while the database is away gets a 503 from its own documented catalogue,
 * checked against openapi.json like every other answer. PostgreSQL only: the server reaches it
 * through a TCP proxy this test cuts (see test/hardening/databaseOutage.int.test.ts).
 */
const isPostgres = process.env.TEST_DB_ENGINE === 'postgres'

let proxy: TcpProxy
let server: TestServer
let fixture: Awaited<ReturnType<typeof syndicationFixture>>

async function waitFor(check: () => Promise<boolean>, what: string, deadlineMs = 15_000) {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`gave up waiting for ${what}`)
}

describe.runIf(isPostgres)('the partner API during a database outage', () => {
  beforeAll(async () => {
    const { host, port } = sharedPostgres()
    proxy = await startTcpProxy(host, port)
    server = await startTestServer({ connectThrough: throughProxy(proxy.port) })
    fixture = await syndicationFixture(server.baseUrl, server.payload)
  })
  afterAll(async () => {
    await proxy?.restore().catch(() => undefined)
    await server?.close()
    await proxy?.close()
  })

  // The first request finds the database gone (answered by the partner API's problem handler);
  // the next is answered by the outage guard without touching it. Both from the catalogue.
  test.each(['first', 'next'])(
    'should answer the %s request with a documented database-unavailable problem',
    async () => {
      await proxy.cut()
      const { status, headers, body } = await fixture.get('/faqs')
      expect(status).toBe(503)
      expect(body).toMatchObject({ type: problemTypeUri('database-unavailable'), status: 503 })
      expect(headers.get('retry-after')).toMatch(/^\d+$/)
      expect(headers.get('cache-control')).toBe('no-store')
    },
  )

  test('should serve the partner again when the database returns', async () => {
    await proxy.restore()
    await waitFor(async () => (await fixture.get('/faqs')).status === 200, 'the API to answer')
  })
})
