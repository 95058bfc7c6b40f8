import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { registerFirstAdmin, startChildServer, type ChildServer } from '../helpers/childServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

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

/**
 * The logger's lines. Outside production the database adapter pushes the schema at start and
 * draws a progress spinner (drizzle-kit, not our logger); `npm start` runs migrations instead.
 */
const loggerOutput = () =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))

const logLines = (): LogLine[] => loggerOutput().map((line) => JSON.parse(line) as LogLine)

const waitForLine = async (match: (line: LogLine) => boolean) => {
  for (let tries = 0; tries < 50; tries++) {
    const found = logLines().find(match)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no such log line in:\n${server.output().slice(-3000)}`)
}

describe('the server log', () => {
  test('should write one JSON access line per request, without credentials or queries', async () => {
    const response = await fetch(
      `${server.baseUrl}/api/conditions?where[slug][equals]=secret-query-value`,
      {
        headers: {
          authorization: `JWT ${token}`,
          cookie: 'payload-token=secret-cookie-value',
          'x-request-id': 'trace-4711',
        },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe('trace-4711')
    const line = await waitForLine((entry) => entry.req?.id === 'trace-4711')
    expect(line).toMatchObject({
      level: 30,
      req: { method: 'GET', path: '/api/conditions' },
      res: { status: 200 },
    })
    expect(typeof line.durationMs).toBe('number')
    const output = server.output()
    for (const secret of [token, 'secret-cookie-value', 'secret-query-value']) {
      expect(output).not.toContain(secret)
    }
  })

  test('should log refused sign-ins and uploads at info, without stack traces', async () => {
    const signIn = await fetch(`${server.baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@clinic.test', password: 'not the password' }),
    })
    expect(signIn.status).toBe(401)
    const form = new FormData()
    form.append('file', new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>']), 'x.svg')
    form.append('_payload', JSON.stringify({ alt: 'not an image we accept' }))
    const upload = await fetch(`${server.baseUrl}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
      body: form,
    })
    expect(upload.status).toBeGreaterThanOrEqual(400)
    expect(upload.status).toBeLessThan(500)
    await waitForLine((entry) => entry.req?.path === '/api/media' && entry.res?.status >= 400)
    const errors = logLines().filter((entry) => entry.level >= 50)
    expect(errors).toEqual([])
    expect(server.output()).not.toMatch(/"stack"/)
  })

  test('should carry no colour codes when written to a pipe', () => {
    expect(loggerOutput().length).toBeGreaterThan(3)
    // eslint-disable-next-line no-control-regex
    expect(loggerOutput().join('\n')).not.toMatch(/\u001b\[/)
  })
})
