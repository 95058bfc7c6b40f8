import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { sendJson } from '../helpers/http'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** Without SMTP_URL (a developer's machine) a mail is one readable block in the log, not a warning. */
let server: TestServer
const email = 'no-smtp.editor@clinic.test'

beforeAll(async () => {
  delete process.env.SMTP_URL
  server = await startTestServer()
  await server.payload.create({
    collection: 'users',
    data: { email, password: 'the-old-password', roles: ['editor'] },
    overrideAccess: true,
  })
})
afterAll(async () => server?.close())

describe('mail without SMTP_URL', () => {
  test('should log the reset mail once, with its link, at info level', async () => {
    const info = vi.spyOn(server.payload.logger, 'info')
    const warn = vi.spyOn(server.payload.logger, 'warn')
    const error = vi.spyOn(server.payload.logger, 'error')

    const asked = await sendJson('POST', `${server.baseUrl}/api/users/forgot-password`, { email })
    expect(asked.status).toBe(200)

    const blocks = info.mock.calls
      .map(([message]) => String(message))
      .filter((m) => m.includes(email))
    expect(blocks).toHaveLength(1)
    expect(blocks[0]).toMatch(/^Mail not sent: SMTP_URL is not set/)
    expect(blocks[0]).toMatch(/Subject: .+/)
    expect(blocks[0]).toMatch(/https?:\/\/\S+\/admin\/reset\/[\w-]+/)
    expect([...warn.mock.calls, ...error.mock.calls]).toEqual([])
  })
})
