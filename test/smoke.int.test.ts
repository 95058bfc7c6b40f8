import { afterAll, beforeAll, expect, test } from 'vitest'

import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => server?.close())

test('should answer health and a REST list', async () => {
  expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
  expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200)
  const res = await fetch(`${server.baseUrl}/api/conditions`)
  expect(res.status).toBe(200)
  console.log(await res.json())
})
