import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { sendJson } from '../helpers/http'
import { signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember
const password = 'the admin passphrase 2026'

beforeAll(async () => {
  // Behind a proxy on loopback, as deployed: X-Forwarded-For names the client.
  process.env.TRUST_PROXY = 'loopback'
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
  await server.payload.update({
    collection: 'users',
    id: admin.id,
    data: { password },
    overrideAccess: true,
  })
})
afterAll(async () => server?.close())

const signInFrom = (address: string, email: string, attempt: string) =>
  sendJson(
    'POST',
    `${server.baseUrl}/api/users/login`,
    { email, password: attempt },
    { 'x-forwarded-for': address },
  )

describe('an anonymous caller guessing an admin password', () => {
  test('should not lock the admin out, and gets the same answer as for an unknown email', async () => {
    const attacker = '203.0.113.7'
    const answers = []
    for (let attempt = 0; attempt < 6; attempt++) {
      answers.push(await signInFrom(attacker, admin.email, `guess number ${attempt}`))
    }
    expect(answers.map(({ status }) => status)).toEqual([401, 401, 401, 401, 401, 401])
    const unknown = await signInFrom('203.0.113.8', 'nobody@clinic.test', 'guess number 6')
    expect(answers.at(-1)!.body).toEqual(unknown.body)

    const fromTheClinic = await signInFrom('198.51.100.20', admin.email, password)
    expect(fromTheClinic.status).toBe(200)
    expect(fromTheClinic.body.user.email).toBe(admin.email)
  })
})
