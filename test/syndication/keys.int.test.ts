import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { setClock } from '../../src/lib/clock'
import { hashApiKey, keyPattern } from '../../src/syndication/shape/apiKey'
import { problemTypeUri } from '../../src/syndication/shape/problem'
import { signInAs, type StaffMember } from '../helpers/staff'
import { OpenApiContract } from '../helpers/openapiContract'
import { createPartner, issueKey, syndicationClient } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember
let contract: OpenApiContract

beforeAll(async () => {
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
  contract = await OpenApiContract.load(server.baseUrl)
})
afterAll(() => server?.close())

const statusWith = async (key: string) => {
  const response = await syndicationClient(server.baseUrl, contract, key)('/faqs')
  return { status: response.status, type: response.body?.type }
}

const keyRecord = (id: string) =>
  server.payload.findByID({ collection: 'partner-keys', id, overrideAccess: true, depth: 0 })

describe('issuing keys', () => {
  test('should issue a key once to an admin, and refuse anyone else', async () => {
    const partner = await createPartner(server.payload)
    const url = `${server.baseUrl}/api/partners/${partner.id}/keys`
    expect((await fetch(url, { method: 'POST' })).status).toBe(401)
    const editor = await signInAs(server.payload, server.baseUrl, 'editor')
    expect((await issueKey(server.baseUrl, editor, partner.id)).status).toBe(403)
    expect((await issueKey(server.baseUrl, admin, 'no-such-partner')).status).toBe(404)

    const issued = await issueKey(server.baseUrl, admin, partner.id, { label: 'website' })
    expect(issued.status).toBe(201)
    expect(issued.body.key).toMatch(keyPattern)
    expect(issued.body).toMatchObject({ label: 'website', partner: { id: String(partner.id) } })
    expect((await statusWith(issued.body.key)).status).toBe(200)
  })

  test.each([
    ['an unknown field', { scopes: ['conditions'] }],
    ['a past expiry', { expiresAt: '2001-01-01T00:00:00Z' }],
    ['an overlap without rotation', { overlapHours: 2 }],
  ])('should refuse %s with 400 and issue nothing', async (_name, body) => {
    const partner = await createPartner(server.payload)
    const response = await issueKey(server.baseUrl, admin, partner.id, body)
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message.length).toBeGreaterThan(10)
    const { totalDocs } = await server.payload.count({
      collection: 'partner-keys',
      where: { partner: { equals: partner.id } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  test('should store only a hash of the key, never the key, and record its last use', async () => {
    const partner = await createPartner(server.payload)
    const { body } = await issueKey(server.baseUrl, admin, partner.id)
    expect((await keyRecord(body.id)).lastUsedAt ?? null).toBeNull()
    await statusWith(body.key)

    const stored = await server.payload.find({
      collection: 'partner-keys',
      where: { id: { equals: body.id } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    const row = stored.docs[0] as unknown as Record<string, unknown>
    expect(row.keyHash).toBe(hashApiKey(body.key))
    expect(JSON.stringify(stored)).not.toContain(body.key)
    expect(JSON.stringify(stored)).not.toContain(body.key.slice(14))
    expect(row.lastUsedAt).toBeTruthy()

    const overRest = await fetch(`${server.baseUrl}/api/partner-keys/${body.id}`, {
      headers: { authorization: `JWT ${admin.token}` },
    })
    const visible = await overRest.json()
    expect(visible.prefix).toBe(body.prefix)
    expect(visible.keyHash).toBeUndefined()
  })
})

describe('the key life cycle', () => {
  test('should keep the old key working inside the rotation overlap and refuse it after', async () => {
    const partner = await createPartner(server.payload)
    const old = (await issueKey(server.baseUrl, admin, partner.id)).body
    const rotated = await issueKey(server.baseUrl, admin, partner.id, {
      rotate: true,
      overlapHours: 1,
    })
    expect(rotated.status).toBe(201)
    expect(rotated.body.rotated).toEqual([
      expect.objectContaining({ id: old.id, prefix: old.prefix }),
    ])
    const overlapEnd = new Date(rotated.body.rotated[0].expiresAt).getTime()
    expect(overlapEnd - Date.now()).toBeGreaterThan(50 * 60_000)
    expect(overlapEnd - Date.now()).toBeLessThanOrEqual(60 * 60_000)

    expect((await statusWith(old.key)).status).toBe(200)
    expect((await statusWith(rotated.body.key)).status).toBe(200)

    // The overlap ends: the clock passes the expiry the rotation set.
    await server.payload.update({
      collection: 'partner-keys',
      id: old.id,
      data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(await statusWith(old.key)).toEqual({
      status: 401,
      type: problemTypeUri('key-expired'),
    })
    expect((await statusWith(rotated.body.key)).status).toBe(200)
  })

  test('should refuse a key once its expiry passes', async () => {
    const partner = await createPartner(server.payload)
    const expiresAt = new Date(Date.now() + 60_000).toISOString()
    const { body } = await issueKey(server.baseUrl, admin, partner.id, { expiresAt })
    expect((await statusWith(body.key)).status).toBe(200)
    // The server reads the time from src/lib/clock: move it past the expiry instead of waiting.
    const restoreClock = setClock(() => new Date(Date.parse(expiresAt) + 1))
    try {
      expect(await statusWith(body.key)).toEqual({
        status: 401,
        type: problemTypeUri('key-expired'),
      })
    } finally {
      restoreClock()
    }
  })

  test('should refuse every key of a suspended partner on the next request, and recover', async () => {
    const partner = await createPartner(server.payload)
    const { body } = await issueKey(server.baseUrl, admin, partner.id)
    expect((await statusWith(body.key)).status).toBe(200)
    await server.payload.update({
      collection: 'partners',
      id: partner.id,
      data: { status: 'suspended' },
      overrideAccess: true,
    })
    expect(await statusWith(body.key)).toEqual({
      status: 403,
      type: problemTypeUri('partner-suspended'),
    })
    await server.payload.update({
      collection: 'partners',
      id: partner.id,
      data: { status: 'active' },
      overrideAccess: true,
    })
    expect((await statusWith(body.key)).status).toBe(200)
  })

  test('should refuse a revoked key on its next request', async () => {
    const partner = await createPartner(server.payload)
    const { body } = await issueKey(server.baseUrl, admin, partner.id)
    expect((await statusWith(body.key)).status).toBe(200)
    const revoke = (keyId: string) =>
      fetch(`${server.baseUrl}/api/partners/${partner.id}/keys/${keyId}/revoke`, {
        method: 'POST',
        headers: { authorization: `JWT ${admin.token}` },
      })
    expect((await revoke('999999')).status).toBe(404)
    const revoked = await revoke(body.id)
    expect(revoked.status).toBe(200)
    expect(await statusWith(body.key)).toEqual({ status: 401, type: problemTypeUri('key-revoked') })
  })
})
