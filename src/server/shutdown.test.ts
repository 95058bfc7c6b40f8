import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { problemTypeUri } from '../syndication/shape/problem'
import { assignRequestId } from './requestId'
import { createDrain, refuseWhileDraining } from './shutdown'

const drain = createDrain()
let server: Server
let baseUrl = ''

beforeAll(async () => {
  const answer = refuseWhileDraining(drain)((_req, res) => res.end('served'))
  // As the pipeline has it: the access log gives each request its id first.
  server = createServer((req, res) => {
    assignRequestId(req, res)
    answer(req, res)
  }).listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => server?.close())

describe('refuseWhileDraining', () => {
  test('should pass requests on until the drain begins, then answer 503 and close', async () => {
    expect(await (await fetch(`${baseUrl}/api/faqs`)).text()).toBe('served')
    drain.begin()
    const refused = await fetch(`${baseUrl}/api/faqs`, { headers: { 'x-request-id': 'trace-9' } })
    expect(refused.status).toBe(503)
    expect(refused.headers.get('x-request-id')).toBe('trace-9')
    expect(refused.headers.get('connection')).toBe('close')
    expect(refused.headers.get('retry-after')).toBe('5')
    expect(await refused.json()).toMatchObject({ type: 'about:blank', status: 503 })
  })

  test('should give partners the problem type their catalogue documents', async () => {
    drain.begin()
    const refused = await fetch(`${baseUrl}/syndication/v1/conditions`)
    expect(await refused.json()).toMatchObject({
      type: problemTypeUri('shutting-down'),
      status: 503,
    })
  })
})
