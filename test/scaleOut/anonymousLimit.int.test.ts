import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createPartner, issueKey } from '../helpers/syndication'
import { signInAs } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Issue 13: requests to the partner API without a valid key are limited per client address; a
 * valid key's requests are limited by its tier only and do not use up the address's allowance.
 * (Counted in this process; a store shared by several processes is not built yet.)
 */
const anonymousLimit = 3
let server: TestServer
let key: string

const changes = (authorization?: string) =>
  fetch(`${server.baseUrl}/syndication/v1/changes`, {
    headers: authorization ? { authorization } : {},
  })

describe('requests without a valid key', () => {
  beforeAll(async () => {
    process.env.SYNDICATION_ANONYMOUS_RATE_LIMIT = String(anonymousLimit)
    server = await startTestServer()
    const admin = await signInAs(server.payload, server.baseUrl, 'admin')
    const partner = await createPartner(server.payload)
    key = (await issueKey(server.baseUrl, admin, partner.id)).body.key
  })
  afterAll(async () => {
    await server?.close()
    delete process.env.SYNDICATION_ANONYMOUS_RATE_LIMIT
  })

  test('should be limited per client address, without counting requests with a valid key', async () => {
    for (let request = 0; request < 5; request++) {
      expect((await changes(`Bearer ${key}`)).status).toBe(200)
    }
    const refused = []
    for (let request = 0; request < anonymousLimit; request++) {
      refused.push((await changes(request % 2 ? 'Bearer not-a-key' : undefined)).status)
    }
    expect(refused).toEqual(refused.map(() => 401))
    const over = await changes()
    expect(over.status).toBe(429)
    expect(over.headers.get('content-type')).toMatch(/application\/problem\+json/)
    expect(over.headers.get('retry-after')).toMatch(/^\d+$/)
    // The partner with a key is still served.
    expect((await changes(`Bearer ${key}`)).status).toBe(200)
  })
})
