import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember
let editor: StaffMember

beforeAll(async () => {
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
})
afterAll(async () => server?.close())

const userCount = async () =>
  (await server.payload.count({ collection: 'users', overrideAccess: true })).totalDocs

const signIn = (email: string, password: string) =>
  sendJson('POST', `${server.baseUrl}/api/users/login`, { email, password })

describe('weak passwords', () => {
  test.each([
    ['too short', 'abc', /at least 12 characters/],
    ['a common password', 'qwerty123456', /commonly used/],
  ])('should be refused when an admin creates an account: %s', async (_name, password, message) => {
    const before = await userCount()
    const response = await sendJson(
      'POST',
      `${server.baseUrl}/api/users`,
      { email: 'new.editor@clinic.test', password, roles: ['editor'] },
      bearer(admin),
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(message)
    expect(await userCount()).toBe(before)
  })

  test('should be refused when a user changes their own password, and the old one still works', async () => {
    const response = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/users/${editor.id}`,
      { password: '1qaz2wsx3edc' },
      bearer(editor),
    )
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toMatch(/commonly used/)
    expect((await signIn(editor.email, '1qaz2wsx3edc')).status).toBe(401)
  })

  test('should be refused through the reset link, which stays usable for a good password', async () => {
    const member = await signInAs(server.payload, server.baseUrl, 'reviewer')
    const token = await server.payload.forgotPassword({
      collection: 'users',
      data: { email: member.email },
      disableEmail: true,
    })
    const weak = await sendJson('POST', `${server.baseUrl}/api/users/reset-password`, {
      token,
      password: 'short',
    })
    expect(weak.status).toBe(400)
    expect(JSON.stringify(weak.body)).toMatch(/at least 12 characters/)
    const strong = await sendJson('POST', `${server.baseUrl}/api/users/reset-password`, {
      token,
      password: 'a long and unusual passphrase',
    })
    expect(strong.status).toBe(200)
    expect((await signIn(member.email, 'a long and unusual passphrase')).status).toBe(200)
  })
})

describe('sign-in answers', () => {
  test('should be the same for an unknown email and a wrong password', async () => {
    const unknown = await signIn('nobody@clinic.test', 'some password here')
    const wrong = await signIn(editor.email, 'some password here')
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.body).toEqual(wrong.body)
  })
})

describe('unlocking an account', () => {
  test.each([
    ['a real email', () => editor.email],
    ['an unknown email', () => 'nobody@clinic.test'],
  ])('should be refused to an editor alike for %s', async (_name, email) => {
    const response = await sendJson(
      'POST',
      `${server.baseUrl}/api/users/unlock`,
      { email: email() },
      bearer(editor),
    )
    expect(response.status).toBe(403)
  })

  test('should be allowed to an admin', async () => {
    const response = await sendJson(
      'POST',
      `${server.baseUrl}/api/users/unlock`,
      { email: editor.email },
      bearer(admin),
    )
    expect(response.status).toBe(200)
  })
})
