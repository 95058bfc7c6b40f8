import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { loginThrottleLimits } from '../../src/server/loginThrottle'
import { serverUrl } from '../../src/lib/serverUrl'
import { sendJson } from '../helpers/http'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(async () => server?.close())

const preflight = (path: string, origin: string) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST' },
  })

describe('security headers', () => {
  test.each(['/healthz', '/api/conditions', '/admin'])(
    'should send helmet headers on %s',
    async (path) => {
      const response = await fetch(`${server.baseUrl}${path}`)
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-powered-by')).toBeNull()
    },
  )

  test('should not serve the GraphQL playground', async () => {
    const response = await fetch(`${server.baseUrl}/api/graphql-playground`)
    expect(response.status).toBe(404)
  })
})

describe('cross-origin requests', () => {
  test('should refuse a preflight from another site, with no CORS headers', async () => {
    const response = await preflight('/api/conditions', 'https://evil.example')
    expect(response.status).toBe(403)
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
    expect((await response.json()).errors[0].message).toMatch(/evil\.example are not allowed/)
  })

  test('should not let another site read the API with a simple request', async () => {
    const response = await fetch(`${server.baseUrl}/api/conditions`, {
      headers: { origin: 'https://evil.example' },
    })
    expect(response.headers.get('access-control-allow-origin')).not.toBe('https://evil.example')
    expect(response.headers.get('access-control-allow-origin')).not.toBe('*')
  })

  test("should allow the server's own origin with credentials", async () => {
    const response = await preflight('/api/conditions', serverUrl())
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-origin')).toBe(serverUrl())
    expect(response.headers.get('access-control-allow-credentials')).toBe('true')
  })

  test('should leave the syndication channel to set its own policy', async () => {
    const response = await preflight('/syndication/v1/conditions', 'https://partner.example')
    // The channel's own answer (a problem document for an origin no partner listed), not ours.
    expect(response.headers.get('content-type')).toMatch(/problem\+json/)
    expect(await response.text()).not.toMatch(/are not allowed here/)
  })
})

describe('request bodies', () => {
  test('should answer 413 to a JSON body over 1 MB, naming the limit', async () => {
    const body = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) })
    const { status, body: answer } = await sendJson(
      'POST',
      `${server.baseUrl}/api/conditions`,
      body,
    )
    expect(status).toBe(413)
    expect(answer.errors[0].message).toMatch(/at most 1.0 MB/)
  })

  test('should answer 413 to a large body of any other type', async () => {
    const response = await fetch(`${server.baseUrl}/api/conditions`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'x'.repeat(3 * 1024 * 1024),
    })
    expect(response.status).toBe(413)
  })
})

describe('sign-in', () => {
  const login = (email: string, password: string) =>
    sendJson('POST', `${server.baseUrl}/api/users/login`, { email, password })

  test('should set the session cookie HttpOnly and SameSite', async () => {
    const email = `cookie-${randomBytes(4).toString('hex')}@clinic.test`
    await server.payload.create({
      collection: 'users',
      data: { email, password: 'correct-horse', roles: ['editor'] },
      overrideAccess: true,
    })
    const { status, headers } = await login(email, 'correct-horse')
    expect(status).toBe(200)
    const cookie = headers.getSetCookie().find((value) => value.startsWith('payload-token='))
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  test('should throttle repeated failed sign-ins from one address with 429', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < loginThrottleLimits.failedAttempts; attempt += 1) {
      const email = `nobody-${attempt}@clinic.test`
      statuses.push((await login(email, 'wrong-password')).status)
    }
    expect(statuses).toEqual(Array(loginThrottleLimits.failedAttempts).fill(401))
    const refused = await login('nobody@clinic.test', 'wrong-password')
    expect(refused.status).toBe(429)
    expect(refused.body.errors[0].message).toMatch(/Too many failed sign-ins/)
    expect(refused.headers.get('ratelimit-policy')).toMatch(/10/)
  })
})
