import { afterAll, beforeAll, expect, test } from 'vitest'

import { getJson } from './helpers/http'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => server?.close())

test('should answer /healthz while the process runs', async () => {
  const { status, body, headers } = await getJson(`${server.baseUrl}/healthz`)
  expect(status).toBe(200)
  expect(body).toEqual({ status: 'ok' })
  expect(headers.get('cache-control')).toBe('no-store')
})

test('should answer /readyz with 200 when the database answers', async () => {
  const { status, body } = await getJson(`${server.baseUrl}/readyz`)
  expect(status).toBe(200)
  expect(body).toEqual({ status: 'ready', database: 'up' })
})

test('should answer an unknown path outside the API with a JSON 404', async () => {
  const { status, body } = await getJson(`${server.baseUrl}/no/such/page`)
  expect(status).toBe(404)
  expect(body.errors[0].message).toContain('/no/such/page')
})

test('should send security headers', async () => {
  const { headers } = await getJson(`${server.baseUrl}/healthz`)
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('content-security-policy')).toContain("default-src 'self'")
  expect(headers.get('x-powered-by')).toBeNull()
})
