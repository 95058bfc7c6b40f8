import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { sharedPostgres, startTcpProxy, type TcpProxy, throughProxy } from '../helpers/tcpProxy'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * The database goes away under a running server and comes back. PostgreSQL only: the server
 * reaches it through a TCP proxy this test cuts, so the shared PostgreSQL server keeps running.
 * (SQLite is a file inside the process; it cannot become unreachable this way.)
 */
const isPostgres = process.env.TEST_DB_ENGINE === 'postgres'

let proxy: TcpProxy
let server: TestServer
let editor: StaffMember

const condition = {
  name: 'Bruxism',
  slug: 'bruxism',
  summary: 'Teeth grinding.',
  indication: { status: 'unknown' as const },
}

async function waitFor(check: () => Promise<boolean>, what: string, deadlineMs = 15_000) {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`gave up waiting for ${what}`)
}

const readiness = async () => (await fetch(`${server.baseUrl}/readyz`)).status

describe.runIf(isPostgres)('database outage (PostgreSQL through a proxy)', () => {
  beforeAll(async () => {
    const { host, port } = sharedPostgres()
    proxy = await startTcpProxy(host, port)
    server = await startTestServer({ connectThrough: throughProxy(proxy.port) })
    editor = await signInAs(server.payload, server.baseUrl, 'editor')
    await server.payload.create({
      collection: 'conditions',
      data: { ...condition, _status: 'published' },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    await proxy?.restore().catch(() => undefined)
    await server?.close()
    await proxy?.close()
  })

  const apiRequests: [string, () => Promise<{ status: number; headers: Headers; body: any }>][] = [
    [
      'a REST list',
      async () => {
        const response = await fetch(`${server.baseUrl}/api/conditions?limit=5`)
        return { status: response.status, headers: response.headers, body: await response.json() }
      },
    ],
    ['a GraphQL query', () => graphql(server.baseUrl, '{ Conditions { docs { name } } }')],
    [
      'an editor saving',
      () =>
        sendJson(
          'POST',
          `${server.baseUrl}/api/conditions`,
          { ...condition, slug: 'saved-during-outage' },
          bearer(editor),
        ),
    ],
  ]

  test('should answer 503 on /readyz and a 503 problem to API requests within 2 s', async () => {
    await proxy.cut()
    expect(await readiness()).toBe(503)
    for (const [name, send] of apiRequests) {
      const started = Date.now()
      const { status, headers, body } = await send()
      const elapsed = Date.now() - started
      expect({ name, status }).toEqual({ name, status: 503 })
      expect(headers.get('content-type')).toMatch(/application\/problem\+json/)
      expect(headers.get('retry-after')).toMatch(/^\d+$/)
      expect(body.detail).toMatch(/database cannot be reached/)
      expect(elapsed).toBeLessThan(2_000)
    }
    // The process is alive and says so.
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
  })

  test('should serve again when the database returns, without a restart', async () => {
    await proxy.restore()
    await waitFor(async () => (await readiness()) === 200, '/readyz to report ready')
    await waitFor(
      async () => (await fetch(`${server.baseUrl}/api/conditions`)).status === 200,
      'the API to answer again',
    )
    const list = await fetch(`${server.baseUrl}/api/conditions`).then((response) => response.json())
    expect(list.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['bruxism'])
    const saved = await sendJson(
      'POST',
      `${server.baseUrl}/api/conditions`,
      { ...condition, slug: 'saved-after-outage' },
      bearer(editor),
    )
    expect(saved.status).toBe(201)
  })

  test('should have written nothing during the outage', async () => {
    const { docs } = await server.payload.find({
      collection: 'conditions',
      where: { slug: { equals: 'saved-during-outage' } },
      draft: true,
      overrideAccess: true,
    })
    expect(docs).toEqual([])
  })
})
