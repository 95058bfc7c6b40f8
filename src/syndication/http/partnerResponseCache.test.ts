import express from 'express'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { partnerResponseCache } from './partnerResponseCache'
import { cachePolicies, json, sendRepresentation } from './respond'
import { sharedResponseStore } from '../../cache/responseStore'

/** A stand-in partner router: a counter header set before the cache, a body counted behind it. */
let baseUrl = ''
let rendered = 0
let requestNumber = 0
let close: () => void

beforeAll(async () => {
  const app = express()
  app.use((req, res, next) => {
    requestNumber += 1
    res.setHeader('ratelimit', `remaining=${100 - requestNumber}`)
    next()
  })
  app.use(partnerResponseCache((req) => req.get('x-test-scope')))
  // Sent as the partner routes send, through sendRepresentation (the cache waits for it there).
  app.get('/v1/conditions', (req, res) => {
    rendered += 1
    sendRepresentation(req, res, json({ docs: ['tmj-disorder'] }, cachePolicies.published))
  })
  app.get('/v1/missing', (_req, res) => {
    rendered += 1
    res.status(401).json({ title: 'bad key' })
  })
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close?.())

const get = (path: string, headers: Record<string, string>) =>
  fetch(`${baseUrl}${path}`, { headers })

describe('partnerResponseCache', () => {
  test('should serve a repeat from the cache with fresh per-request headers', async () => {
    const before = rendered
    const first = await get('/v1/conditions', { 'x-test-scope': 'clinic-a' })
    const second = await get('/v1/conditions', { 'x-test-scope': 'clinic-a' })
    expect(rendered).toBe(before + 1)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.json()).toEqual({ docs: ['tmj-disorder'] })
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.headers.get('ratelimit')).not.toBe(first.headers.get('ratelimit'))
  })

  test('should keep scopes apart and leave requests without a scope alone', async () => {
    await get('/v1/conditions', { 'x-test-scope': 'clinic-b' })
    expect(
      (await get('/v1/conditions', { 'x-test-scope': 'clinic-c' })).headers.get('x-cache'),
    ).toBe('MISS')
    expect((await get('/v1/conditions', {})).headers.get('x-cache')).toBeNull()
  })

  test('should answer If-None-Match with a 304 from the cache', async () => {
    const first = await get('/v1/conditions', { 'x-test-scope': 'clinic-d' })
    const revalidated = await get('/v1/conditions', {
      'x-test-scope': 'clinic-d',
      'if-none-match': first.headers.get('etag')!,
    })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('x-cache')).toBe('HIT')
  })

  test('should never keep an error', async () => {
    const before = rendered
    await get('/v1/missing', { 'x-test-scope': 'clinic-a' })
    await get('/v1/missing', { 'x-test-scope': 'clinic-a' })
    expect(rendered).toBe(before + 2)
  })

  test('should render again after a content change', async () => {
    await get('/v1/conditions', { 'x-test-scope': 'clinic-e' })
    sharedResponseStore().invalidate()
    const before = rendered
    await get('/v1/conditions', { 'x-test-scope': 'clinic-e' })
    expect(rendered).toBe(before + 1)
  })
})
