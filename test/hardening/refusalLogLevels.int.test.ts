import { afterAll, beforeAll, expect, test } from 'vitest'

import { registerFirstAdmin, startChildServer, type ChildServer } from '../helpers/childServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

/**
 * Payload's own refusals (APIErrors with a 4xx status) were logged at error with their stacks,
 * as if the server had failed: one info line each now (src/lib/logging.ts).
 */
let database: TestDatabase
let server: ChildServer
let token: string

beforeAll(async () => {
  database = await createTestDatabase()
  server = await startChildServer(database.url)
  token = await registerFirstAdmin(server.baseUrl)
})
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await database?.drop()
})

type LogLine = Record<string, any>

const logLines = (): LogLine[] =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const refusals: [string, () => Promise<Response>, number, string][] = [
  [
    'a forgot-password without an email',
    () => post('/api/users/forgot-password', {}),
    400,
    'Missing email.',
  ],
  [
    'a reset with an unknown token',
    () =>
      post('/api/users/reset-password', {
        token: 'no-such-token',
        password: 'a-long-new-password-2026',
      }),
    403,
    'Token is either invalid or has expired.',
  ],
  ['a sign-out without a session', () => post('/api/users/logout', {}), 400, 'No User'],
  [
    'an unlock without an email',
    () => post('/api/users/unlock', {}, { authorization: `JWT ${token}` }),
    400,
    'Missing email.',
  ],
]

test.each(refusals)(
  'should log %s as one info line with its status, without a stack',
  async (_name, send, status, message) => {
    const before = logLines().length
    const response = await send()
    expect(response.status).toBe(status)
    expect(((await response.json()) as any).errors[0].message).toBe(message)
    let line: LogLine | undefined
    for (let tries = 0; tries < 50 && !line; tries++) {
      line = logLines()
        .slice(before)
        .find((entry) => entry.msg === message)
      if (!line) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(line).toMatchObject({ level: 30, status, msg: message })
    expect(line).not.toHaveProperty('err')
    expect(logLines().filter((entry) => entry.level >= 50)).toEqual([])
    expect(server.output()).not.toMatch(/"stack"/)
  },
)
