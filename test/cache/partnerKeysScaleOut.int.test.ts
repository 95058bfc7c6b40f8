import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { type ChildServer, startChildServer } from '../../bench/childServer'
import { sendJson } from '../helpers/http'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * The in-memory partner key index across two real server processes on one PostgreSQL database:
 * a key revoked, or a partner suspended, through one server is refused by the other on its very
 * next request (the write tells the other servers before it returns, as content changes do).
 * SQLite runs one process; test/syndication/keys.int.test.ts covers the same in one process.
 */
const onPostgres = process.env.TEST_DB_ENGINE === 'postgres'
if (!onPostgres) {
  console.log(
    'Partner key index scale-out suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).',
  )
}

let database: TestDatabase
let first: ChildServer
let second: ChildServer
let token: string

const asAdmin = (method: string, path: string, body: unknown = {}) =>
  sendJson(method, `${first.baseUrl}${path}`, body, { authorization: `JWT ${token}` })

async function partnerRead(server: ChildServer, key: string) {
  const response = await fetch(`${server.baseUrl}/syndication/v1/conditions`, {
    headers: { authorization: `Bearer ${key}` },
  })
  const body = (await response.json()) as { type?: string }
  return { status: response.status, type: body.type?.split(':').pop() }
}

async function partnerWithKey(name: string) {
  const partner = await asAdmin('POST', '/api/partners', {
    name,
    status: 'active',
    rateLimitTier: 'premium',
    scopes: { collections: ['conditions'], locales: ['en'] },
  })
  expect(partner.status).toBe(201)
  const partnerId = partner.body.doc.id as string
  const issued = await asAdmin('POST', `/api/partners/${partnerId}/keys`)
  expect(issued.status).toBe(201)
  return { partnerId, keyId: issued.body.id as string, key: issued.body.key as string }
}

describe.skipIf(!onPostgres)('partner key index across two server processes', () => {
  beforeAll(async () => {
    database = await createTestDatabase()
    const env = { DATABASE_URL: database.url, PAYLOAD_SECRET: 'key-index-secret' }
    first = await startChildServer(0, env)
    second = await startChildServer(0, {
      ...env,
      PAYLOAD_MIGRATING: 'true',
    })
    const registered = await sendJson('POST', `${first.baseUrl}/api/users/first-register`, {
      email: 'key-index-admin@clinic.test',
      password: 'key-index-password',
      roles: ['admin'],
    })
    expect(registered.status).toBe(200)
    token = registered.body.token
  }, 180_000)

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()])
    await database?.drop()
  })

  test('should refuse a key revoked through one server on its next request to the other', async () => {
    const { partnerId, keyId, key } = await partnerWithKey('Revoked elsewhere')
    // Read twice: the second server now holds the key in its index.
    expect((await partnerRead(second, key)).status).toBe(200)
    expect((await partnerRead(second, key)).status).toBe(200)

    const revoked = await asAdmin('POST', `/api/partners/${partnerId}/keys/${keyId}/revoke`)
    expect(revoked.status).toBe(200)
    expect(await partnerRead(second, key)).toEqual({ status: 401, type: 'key-revoked' })
    expect(await partnerRead(first, key)).toEqual({ status: 401, type: 'key-revoked' })
  })

  test('should refuse a partner suspended through one server on its next request to the other', async () => {
    const { partnerId, key } = await partnerWithKey('Suspended elsewhere')
    expect((await partnerRead(second, key)).status).toBe(200)
    expect((await partnerRead(second, key)).status).toBe(200)

    const suspended = await asAdmin('PATCH', `/api/partners/${partnerId}`, { status: 'suspended' })
    expect(suspended.status).toBe(200)
    expect(await partnerRead(second, key)).toEqual({ status: 403, type: 'partner-suspended' })

    await asAdmin('PATCH', `/api/partners/${partnerId}`, { status: 'active' })
    expect((await partnerRead(second, key)).status).toBe(200)
  })

  test('should refuse a key revoked by an admin editing it directly (Revoked at)', async () => {
    const { keyId, key } = await partnerWithKey('Edited elsewhere')
    expect((await partnerRead(second, key)).status).toBe(200)
    const edited = await asAdmin('PATCH', `/api/partner-keys/${keyId}`, {
      revokedAt: new Date(Date.now() - 1000).toISOString(),
    })
    expect(edited.status).toBe(200)
    expect(await partnerRead(second, key)).toEqual({ status: 401, type: 'key-revoked' })
  })
})
