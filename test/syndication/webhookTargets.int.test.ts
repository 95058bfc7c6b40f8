import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember

beforeAll(async () => {
  // As in production: partners' receivers must be on the public internet.
  process.env.SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS = 'false'
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
})
afterAll(async () => server?.close())

const createPartner = (webhookUrl: string) =>
  sendJson(
    'POST',
    `${server.baseUrl}/api/partners`,
    {
      name: `Partner for ${webhookUrl}`,
      status: 'active',
      rateLimitTier: 'standard',
      scopes: { collections: ['faqs'], locales: ['en'] },
      webhook: { url: webhookUrl },
    },
    bearer(admin),
  )

describe('a partner webhook URL', () => {
  test.each([
    'http://127.0.0.1:9/hooks',
    'http://[::1]:3000/hooks',
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.5/hooks',
    'http://localhost:3000/hooks',
    'http://[::ffff:7f00:1]/hooks',
    'https://user:secret@partner.example/hooks',
  ])('should be refused with a 400 that says why: %s', async (url) => {
    const before = await server.payload.count({ collection: 'partners', overrideAccess: true })
    const response = await createPartner(url)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/public internet|user name or password/)
    const after = await server.payload.count({ collection: 'partners', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  test('should be accepted on a public host', async () => {
    const response = await createPartner('https://partner.example/hooks/clinic')
    expect(response.status).toBe(201)
  })
})
