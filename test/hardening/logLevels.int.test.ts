import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { registerFirstAdmin, startChildServer, type ChildServer } from '../helpers/childServer'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'

let database: TestDatabase
let server: ChildServer
let receiver: Server
let receiverUrl: string
let token: string
let received = 0

type LogLine = Record<string, any>

const logLines = (): LogLine[] =>
  server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine)

async function waitFor<T>(read: () => T | undefined): Promise<T> {
  for (let tries = 0; tries < 150; tries++) {
    const value = read()
    if (value !== undefined) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`gave up waiting; the log ends:\n${server.output().slice(-3000)}`)
}

const asAdmin = (method: string, path: string, body?: unknown) =>
  fetch(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })

beforeAll(async () => {
  // A partner's receiver that is down: every delivery attempt gets a 503.
  receiver = createServer((req, res) => {
    received += 1
    req.resume().on('end', () => res.writeHead(503).end())
  }).listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => receiver.once('listening', resolve))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  // Passed on to the child: the receiver is on loopback; retries come quickly.
  process.env.SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS = 'true'
  process.env.SYNDICATION_WEBHOOK_BACKOFF_MS = '200'
  database = await createTestDatabase()
  server = await startChildServer(database.url)
  token = await registerFirstAdmin(server.baseUrl)
})
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL')
  await database?.drop()
  await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()))
})

describe('log levels', () => {
  test('should log a bulk write without a where at info, without a stack', async () => {
    for (const method of ['PATCH', 'DELETE']) {
      const response = await asAdmin(method, '/api/conditions', method === 'PATCH' ? {} : undefined)
      expect(response.status).toBe(400)
      expect(((await response.json()) as any).errors[0].message).toMatch(/Missing 'where' query/)
    }
    const lines = await waitFor(() => {
      const found = logLines().filter((line) => /Missing 'where' query/.test(line.msg ?? ''))
      return found.length === 2 ? found : undefined
    })
    expect(lines.map((line) => line.level)).toEqual([30, 30])
    expect(logLines().filter((line) => line.level >= 50)).toEqual([])
    expect(server.output()).not.toMatch(/"stack"/)
  })

  test('should log each failed webhook delivery attempt as one warn line, without the job', async () => {
    const partner = await asAdmin('POST', '/api/partners', {
      name: 'Harbour Physio',
      status: 'active',
      rateLimitTier: 'standard',
      scopes: { collections: ['conditions'], locales: ['en'] },
      webhook: { url: receiverUrl },
    })
    expect(partner.status).toBe(201)
    const partnerId = ((await partner.json()) as any).doc.id
    const published = await asAdmin('POST', '/api/conditions', {
      name: 'Bruxism',
      slug: 'bruxism',
      summary: 'Grinding or clenching the teeth.',
      indication: { status: 'unknown' },
      _status: 'published',
    })
    expect(published.status).toBe(201)

    const attempts = await waitFor(() => {
      const found = logLines().filter((line) => /webhook delivery attempt failed/.test(line.msg))
      return found.length >= 2 ? found : undefined
    })
    expect(received).toBeGreaterThanOrEqual(2)
    expect(attempts[0]).toMatchObject({
      level: 40,
      partner: partnerId,
      event: expect.any(Number),
      eventType: 'content.published',
      attempt: 1,
      status: 503,
      cause: 'The receiver answered 503.',
      willRetry: true,
    })
    expect(attempts[1]).toMatchObject({ level: 40, attempt: 2 })
    for (const line of attempts) {
      expect(line).not.toHaveProperty('job')
      expect(line).not.toHaveProperty('err')
    }
    expect(logLines().filter((line) => line.level >= 50)).toEqual([])
    expect(server.output()).not.toMatch(/deliverPartnerWebhook|"stack"/)
  })
})
