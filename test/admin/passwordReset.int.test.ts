import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { sendJson } from '../helpers/http'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtpCapture'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Issue 9: "Password reset always fails" (500, database is locked, and no mail transport). Here a
 * real SMTP server receives the mail; the test follows its link as the person would.
 */
let smtp: SmtpCapture
let server: TestServer
const email = 'forgetful.editor@clinic.test'

beforeAll(async () => {
  smtp = await startSmtpCapture()
  process.env.SMTP_URL = smtp.url
  process.env.EMAIL_FROM = 'Clinic content <cms@clinic.test>'
  server = await startTestServer()
  await server.payload.create({
    collection: 'users',
    data: { email, password: 'the-old-password', roles: ['editor'] },
    overrideAccess: true,
  })
})
afterAll(async () => {
  await server?.close()
  await smtp?.close()
  delete process.env.SMTP_URL
  delete process.env.EMAIL_FROM
})

describe('password reset by mail', () => {
  test('should mail a reset link whose token sets a new password that signs in', async () => {
    const asked = await sendJson('POST', `${server.baseUrl}/api/users/forgot-password`, { email })
    expect(asked.status).toBe(200)

    const mail = await smtp.waitFor((candidate) => candidate.to.includes(email))
    expect(mail.from).toBe('cms@clinic.test')
    const link = /https?:\/\/[^\s"<>]+\/admin\/reset\/([\w-]+)/.exec(mail.body)
    expect(link, mail.body).not.toBeNull()

    const reset = await sendJson('POST', `${server.baseUrl}/api/users/reset-password`, {
      token: link![1],
      password: 'a-brand-new-password',
    })
    expect(reset.status).toBe(200)

    const signIn = (password: string) =>
      sendJson('POST', `${server.baseUrl}/api/users/login`, { email, password })
    expect((await signIn('a-brand-new-password')).status).toBe(200)
    expect((await signIn('the-old-password')).status).toBe(401)
  })

  test('should answer an unknown address like a known one and send nothing', async () => {
    const before = smtp.mails.length
    const asked = await sendJson('POST', `${server.baseUrl}/api/users/forgot-password`, {
      email: 'nobody@clinic.test',
    })
    expect(asked.status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(smtp.mails.length).toBe(before)
  })
})
