import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { problemTypeUri } from '../../src/syndication/shape/problem'
import type { OpenApiContract } from '../helpers/openapiContract'
import type { StaffMember } from '../helpers/staff'
import {
  createPartner,
  partnerClient,
  startPartnerServer,
  type PartnerInput,
} from '../helpers/syndication'
import type { TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember
let contract: OpenApiContract

const windowSeconds = 4

beforeAll(async () => {
  // A short window so recovery can be seen within the test; the limiter is the production one.
  process.env.SYNDICATION_RATE_LIMIT_WINDOW_SECONDS = String(windowSeconds)
  ;({ server, admin, contract } = await startPartnerServer())
})
afterAll(() => server?.close())

const clientFor = async (input: PartnerInput) =>
  (await partnerClient(server, admin, contract, input)).get

describe('scopes', () => {
  test('should refuse a key scoped to faqs on conditions, its lists, documents and changes', async () => {
    const get = await clientFor({ collections: ['faqs'] })
    expect((await get('/faqs')).status).toBe(200)
    for (const path of ['/conditions', '/conditions/tmj-disorder']) {
      const response = await get(path)
      expect(response.status, path).toBe(403)
      expect(response.body.type).toBe(problemTypeUri('out-of-scope'))
    }
    const changes = await get('/changes?limit=100')
    expect(changes.body.events.length).toBeGreaterThan(0)
    expect(
      changes.body.events.every((event: { collection: string }) => event.collection === 'faqs'),
    ).toBe(true)
  })

  test('should refuse a locale outside the key’s scope', async () => {
    const get = await clientFor({ locales: ['en'] })
    expect((await get('/faqs?locale=en')).status).toBe(200)
    const spanish = await get('/faqs?locale=es')
    expect(spanish.status).toBe(403)
    expect(spanish.body.type).toBe(problemTypeUri('out-of-scope'))
  })
})

describe('rate limits', () => {
  test('should announce the limit, answer 429 with Retry-After over it, and recover', async () => {
    const get = await clientFor({ rateLimitTier: 'trial' })
    const first = await get('/faqs')
    expect(first.headers.get('ratelimit-policy')).toMatch(/q=60/)
    expect(first.headers.get('ratelimit')).toMatch(/r=59/)

    const burst = await Promise.all(Array.from({ length: 70 }, () => get('/faqs')))
    const limited = burst.filter((response) => response.status === 429)
    expect(limited.length).toBeGreaterThan(0)
    const refusal = limited[0]!
    expect(refusal.body.type).toBe(problemTypeUri('rate-limited'))
    const retryAfter = Number(refusal.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(windowSeconds)

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 250))
    expect((await get('/faqs')).status).toBe(200)
  })

  test('should count each key on its own', async () => {
    const busy = await clientFor({ rateLimitTier: 'trial' })
    const calm = await clientFor({ rateLimitTier: 'trial' })
    await Promise.all(Array.from({ length: 65 }, () => busy('/faqs')))
    expect((await calm('/faqs')).status).toBe(200)
  })
})

describe('CORS', () => {
  const origin = 'https://partner.example'

  test('should open the API to the partner’s own origins only', async () => {
    const get = await clientFor({ allowedOrigins: [origin] })
    const allowed = await get('/faqs', { origin })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin)
    expect(allowed.headers.get('access-control-expose-headers')).toContain('ETag')
    expect(allowed.headers.get('vary')).toContain('Origin')

    const foreign = await get('/faqs', { origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    expect(foreign.body.type).toBe(problemTypeUri('origin-not-allowed'))
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('should answer a preflight for a listed origin and refuse one for any other', async () => {
    await createPartner(server.payload, { allowedOrigins: ['https://clinic-two.example'] })
    const preflight = (from: string) =>
      fetch(`${server.baseUrl}/syndication/v1/faqs`, {
        method: 'OPTIONS',
        headers: {
          origin: from,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      })
    const ok = await preflight('https://clinic-two.example')
    expect(ok.status).toBe(204)
    expect(ok.headers.get('access-control-allow-headers')).toContain('Authorization')
    const refused = await preflight('https://evil.example')
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })
})
