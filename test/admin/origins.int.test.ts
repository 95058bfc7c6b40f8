import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestServer, type TestServer } from '../helpers/testServer'
import { sessionCookie } from './sessionCookie'

/**
 * With SERVER_URL unset the admin is opened at whichever loopback name the person typed; each of
 * them must save with its session cookie (issue 9: at 127.0.0.1 every save was refused).
 */
let server: TestServer
let cookie: string
let conditionId: string | number

beforeAll(async () => {
  delete process.env.SERVER_URL
  server = await startTestServer()
  const condition = await server.payload.create({
    collection: 'conditions',
    data: {
      name: 'Bruxism',
      slug: 'bruxism',
      summary: 'Grinding.',
      indication: { status: 'unknown' },
    },
    overrideAccess: true,
  })
  conditionId = condition.id
  cookie = (await sessionCookie(server.payload, server.baseUrl, 'editor')).cookie
})
afterAll(async () => server?.close())

const saveFrom = (origin: string, summary: string) =>
  fetch(`${server.baseUrl}/api/conditions/${conditionId}?draft=true`, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', cookie, origin },
    body: JSON.stringify({ summary }),
  })

describe('admin origins without SERVER_URL', () => {
  test.each(['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])(
    'should save with the session cookie from %s',
    async (origin) => {
      const response = await saveFrom(origin, `Saved from ${origin}.`)
      expect(response.status).toBe(200)
      const saved = await server.payload.findByID({
        collection: 'conditions',
        id: conditionId,
        draft: true,
        overrideAccess: true,
      })
      expect(saved.summary).toBe(`Saved from ${origin}.`)
    },
  )

  test('should still ignore the session cookie from another site', async () => {
    const response = await saveFrom('https://attacker.example', 'Changed by another site.')
    expect(response.status).toBe(403)
  })
})
