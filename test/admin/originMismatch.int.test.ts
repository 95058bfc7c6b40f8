import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { startTestServer, type TestServer } from '../helpers/testServer'
import { sessionCookie } from './sessionCookie'

/**
 * With SERVER_URL set, the admin opened at another address cannot save (the cookie is ignored
 * there on purpose); the server must say why in its log, once, not on every request.
 */
let server: TestServer
let cookie: string

beforeAll(async () => {
  process.env.SERVER_URL = 'https://cms.clinic.example'
  server = await startTestServer()
  cookie = (await sessionCookie(server.payload, server.baseUrl, 'editor')).cookie
})
afterAll(async () => {
  delete process.env.SERVER_URL
  await server?.close()
})

describe('admin opened at another origin than SERVER_URL', () => {
  test('should log the mismatch once, naming both addresses', async () => {
    const warn = vi.spyOn(server.payload.logger, 'warn')
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const response = await fetch(`${server.baseUrl}/api/users/me`, {
        headers: { cookie, origin: 'http://127.0.0.1:3000' },
      })
      expect(response.status).toBe(200)
      expect((await response.json()).user).toBeNull()
    }
    const notices = warn.mock.calls.filter(([message]) => String(message).includes('SERVER_URL'))
    expect(notices).toHaveLength(1)
    expect(String(notices[0][0])).toMatch(/127\.0\.0\.1:3000.*https:\/\/cms\.clinic\.example/)
  })

  test('should accept the session cookie from the SERVER_URL origin', async () => {
    const response = await fetch(`${server.baseUrl}/api/users/me`, {
      headers: { cookie, origin: 'https://cms.clinic.example' },
    })
    expect((await response.json()).user).not.toBeNull()
  })
})
