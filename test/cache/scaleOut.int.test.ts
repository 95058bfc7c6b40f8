import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type ChildServer, startChildServer } from '../../bench/childServer'
import { sendJson } from '../helpers/http'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Two real server processes on one PostgreSQL database, the way the app scales out: a publish
 * through one must not leave the other serving the old answer from its cache for more than 1 s.
 * SQLite runs one process, so this suite is PostgreSQL's alone.
 */
const onPostgres = process.env.TEST_DB_ENGINE === 'postgres'
if (!onPostgres) {
  console.log('Scale-out cache suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).')
}

const staleAfterMs = 1000
let database: TestDatabase
let first: ChildServer
let second: ChildServer
let token: string

async function read(server: ChildServer, path: string) {
  const response = await fetch(`${server.baseUrl}${path}`)
  const text = await response.text()
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    body: text ? JSON.parse(text) : undefined,
  }
}

const write = (method: string, path: string, body: unknown) =>
  sendJson(method, `${first.baseUrl}${path}`, body, { authorization: `JWT ${token}` })

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(!onPostgres)('response cache across two server processes', () => {
  beforeAll(async () => {
    database = await createTestDatabase()
    const env = { DATABASE_URL: database.url, PAYLOAD_SECRET: 'scale-out-secret' }
    // One after the other: the first pushes the development schema; the second finds it in place
    // and is told not to push again (Payload's own switch), which would only ask to confirm.
    first = await startChildServer(0, env)
    second = await startChildServer(0, {
      ...env,
      PAYLOAD_MIGRATING: 'true',
    })
    const registered = await sendJson('POST', `${first.baseUrl}/api/users/first-register`, {
      email: 'scale-out-admin@clinic.test',
      password: 'scale-out-password',
      roles: ['admin'],
    })
    expect(registered.status).toBe(200)
    token = registered.body.token
  }, 180_000)

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()])
    await database?.drop()
  })

  test('should serve a publish made through one server from the other within 1 s', async () => {
    const created = await write('POST', '/api/conditions', {
      name: 'Scale-out condition',
      summary: 'Published through the first server.',
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const path = `/api/conditions/${created.body.doc.id}`

    expect((await read(second, path)).body.name).toBe('Scale-out condition')
    const cached = await read(second, path)
    expect(cached.cache).toBe('HIT')

    const renamed = await write('PATCH', path, { name: 'Renamed on the first server' })
    expect(renamed.status).toBe(200)
    await wait(staleAfterMs)
    const after = await read(second, path)
    expect(after.body.name).toBe('Renamed on the first server')
  })

  test("should keep the other server's answers that did not read the change", async () => {
    const create = async (name: string) => {
      const created = await write('POST', '/api/conditions', {
        name,
        summary: 'Published through the first server.',
        _status: 'published',
      })
      expect(created.status).toBe(201)
      return `/api/conditions/${created.body.doc.id}?depth=0`
    }
    const keptPath = await create('Scale-out kept')
    const changedPath = await create('Scale-out changed')
    for (const path of [keptPath, changedPath]) {
      await read(second, path)
      expect((await read(second, path)).cache).toBe('HIT')
    }
    const renamed = await write('PATCH', changedPath, { name: 'Scale-out changed again' })
    expect(renamed.status).toBe(200)
    await wait(staleAfterMs)
    expect((await read(second, changedPath)).body.name).toBe('Scale-out changed again')
    const kept = await read(second, keptPath)
    expect(kept.cache).toBe('HIT')
    expect(kept.body.name).toBe('Scale-out kept')
  })

  test('should withdraw an unpublished document from the other server within 1 s', async () => {
    const created = await write('POST', '/api/conditions', {
      name: 'Scale-out withdrawal',
      summary: 'Published, then taken down.',
      _status: 'published',
    })
    const path = `/api/conditions/${created.body.doc.id}`
    const listPath = '/api/conditions?limit=100&depth=0'
    // The second server hears of the create first: its notice arriving between the two reads
    // below would drop the answer they prime (a MISS where the test expects a HIT).
    await wait(staleAfterMs)
    await read(second, listPath)
    expect((await read(second, listPath)).cache).toBe('HIT')
    await read(second, path)

    const withdrawn = await write('PATCH', path, { _status: 'draft' })
    expect(withdrawn.status).toBe(200)
    await wait(staleAfterMs)
    expect((await read(second, path)).status).toBe(404)
    const names = (await read(second, listPath)).body.docs.map(({ name }: { name: string }) => name)
    expect(names).not.toContain('Scale-out withdrawal')
  })

  test('should show a change made through the second server on the first', async () => {
    const path = '/api/conditions?limit=5&depth=0&sort=-createdAt'
    await read(first, path)
    expect((await read(first, path)).cache).toBe('HIT')
    const created = await sendJson(
      'POST',
      `${second.baseUrl}/api/conditions`,
      { name: 'Made on the second server', summary: 'Either way.', _status: 'published' },
      { authorization: `JWT ${token}` },
    )
    expect(created.status).toBe(201)
    await wait(staleAfterMs)
    expect((await read(first, path)).body.docs[0].name).toBe('Made on the second server')
  })
})
