import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { OpenApiContract } from '../helpers/openapiContract'
import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { signInAs } from '../helpers/staff'
import { partnerClient } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  // Read once, at start, by src/config: this file's server runs with both caches off.
  process.env.RESPONSE_CACHE = 'off'
  server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
})
afterAll(async () => {
  await server?.close()
  delete process.env.RESPONSE_CACHE
})

describe('RESPONSE_CACHE=off', () => {
  test('should send every public read through Payload', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await fetch(`${server.baseUrl}/api/conditions?limit=2`)
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBeNull()
    }
  })

  test('should send every partner read through the partner API too', async () => {
    const admin = await signInAs(server.payload, server.baseUrl, 'admin')
    const contract = await OpenApiContract.load(server.baseUrl)
    const { get } = await partnerClient(server, admin, contract)
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const response = await get('/conditions')
      expect(response.status).toBe(200)
      expect(response.headers.get('x-cache')).toBeNull()
    }
  })
})
