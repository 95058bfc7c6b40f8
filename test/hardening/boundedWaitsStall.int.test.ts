import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { sharedPostgres, throughProxy } from '../helpers/tcpProxy'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { startStallingProxy, type StallingProxy } from './boundedWaitsProxy'

/**
 * Issue 13: PostgreSQL accepts connections but stops answering (a proxy that stalls every byte).
 * Requests must get a 503 problem with Retry-After within 5 s, /readyz must say 503, and the
 * server must serve again by itself once the database answers. PostgreSQL only: SQLite is a file
 * inside the process and cannot stall this way; MongoDB is not run here.
 */
const isPostgres = process.env.TEST_DB_ENGINE === 'postgres'
if (!isPostgres) {
  console.log('Stalled-database suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).')
}

/** The bound issue 13 states for an answer while the database stalls. */
const answerWithinMs = 5000

let proxy: StallingProxy
let server: TestServer
let editor: StaffMember

const condition = {
  name: 'Tinnitus',
  summary: 'Ringing in the ears.',
  indication: { status: 'unknown' as const },
}

async function waitFor(check: () => Promise<boolean>, what: string, deadlineMs = 60_000) {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`gave up waiting for ${what}`)
}

type Answer = { status: number; headers: Headers; body: any }

async function timed(send: () => Promise<Answer>) {
  const started = Date.now()
  const answer = await send()
  return { ...answer, elapsedMs: Date.now() - started }
}

describe.runIf(isPostgres)('a database that accepts connections and never answers', () => {
  beforeAll(async () => {
    // The driver's own bound (statement timeout + 2 s) is what frees connections that stalled.
    process.env.DATABASE_STATEMENT_TIMEOUT_MS = '2000'
    const { host, port } = sharedPostgres()
    proxy = await startStallingProxy(host, port)
    server = await startTestServer({ connectThrough: throughProxy(proxy.port) })
    editor = await signInAs(server.payload, server.baseUrl, 'editor')
    await server.payload.create({
      collection: 'conditions',
      data: { ...condition, slug: 'tinnitus', _status: 'published' },
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    // The stalled connections end first, so the pool has nothing left to wait for when it closes.
    await proxy?.close()
    await server?.close()
    delete process.env.DATABASE_STATEMENT_TIMEOUT_MS
  })

  test('should answer API requests 503 problem+json with Retry-After within 5 s, and /readyz 503', async () => {
    proxy.stall()
    const requests: [string, () => Promise<Answer>][] = [
      [
        'a REST read no cache holds',
        async () => {
          const response = await fetch(`${server.baseUrl}/api/conditions?limit=3&page=1&sort=name`)
          return { status: response.status, headers: response.headers, body: await response.json() }
        },
      ],
      [
        'a GraphQL query',
        () => graphql(server.baseUrl, '{ Conditions(limit: 2) { docs { name } } }'),
      ],
      [
        'an editor saving',
        () =>
          sendJson(
            'POST',
            `${server.baseUrl}/api/conditions`,
            { ...condition, slug: 'saved-while-stalled' },
            bearer(editor),
          ),
      ],
      [
        'a signed-in read',
        async () => {
          const response = await fetch(`${server.baseUrl}/api/users/me`, {
            headers: bearer(editor),
          })
          return { status: response.status, headers: response.headers, body: await response.json() }
        },
      ],
    ]
    // All at once, as a load balancer would send them.
    const answers = await Promise.all(requests.map(([, send]) => timed(send)))
    answers.forEach((answer, index) => {
      const name = requests[index]![0]
      expect({ name, status: answer.status }).toEqual({ name, status: 503 })
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/)
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/)
      // A save is still running when its 503 goes out: if the database answered later it could
      // commit, so it is not told that nothing was changed.
      expect({ name, detail: answer.body.detail }).toEqual({
        name,
        detail: expect.stringMatching(
          name === 'an editor saving'
            ? /may or may not have been saved/
            : /database cannot be reached\. Nothing was changed/,
        ),
      })
      expect({ name, fast: answer.elapsedMs < answerWithinMs }).toEqual({ name, fast: true })
    })

    const readiness = await timed(async () => {
      const response = await fetch(`${server.baseUrl}/readyz`)
      return { status: response.status, headers: response.headers, body: await response.json() }
    })
    expect(readiness.status).toBe(503)
    expect(readiness.elapsedMs).toBeLessThan(answerWithinMs)
    // The process itself is alive.
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
  })

  test('should serve again by itself once the database answers', async () => {
    proxy.resume()
    await waitFor(
      async () => (await fetch(`${server.baseUrl}/readyz`)).status === 200,
      '/readyz to say ready',
    )
    await waitFor(async () => {
      const response = await fetch(`${server.baseUrl}/api/conditions?limit=5&sort=-name`)
      return response.status === 200
    }, 'the API to answer again')
    const saved = await sendJson(
      'POST',
      `${server.baseUrl}/api/conditions`,
      { ...condition, slug: 'saved-after-stall' },
      bearer(editor),
    )
    expect(saved.status).toBe(201)
    const { docs } = await server.payload.find({
      collection: 'conditions',
      where: { slug: { equals: 'saved-while-stalled' } },
      draft: true,
      overrideAccess: true,
    })
    expect(docs).toEqual([])
  })
})
