import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import type { OpenApiContract } from '../helpers/openapiContract'
import type { StaffMember } from '../helpers/staff'
import {
  partnerClient,
  startPartnerServer,
  type PartnerInput,
  type SyndicationResponse,
} from '../helpers/syndication'
import type { TestServer } from '../helpers/testServer'

/**
 * Partner cache hits are answered before Express (src/syndication/http/partnerFront.ts): these
 * check that such a hit says what the router would have said, per request, around the same bytes.
 */
let server: TestServer
let admin: StaffMember
let contract: OpenApiContract

beforeAll(async () => {
  ;({ server, admin, contract } = await startPartnerServer())
})
afterAll(() => server?.close())

const clientFor = (input: PartnerInput) => partnerClient(server, admin, contract, input)

/** Requests left in the window, from the draft-8 `RateLimit` header. */
const remaining = (response: SyndicationResponse) =>
  Number(/r=(\d+)/.exec(response.headers.get('ratelimit') ?? '')?.[1])

/** Every header but those that differ per answer by design. */
const stableHeaders = (response: SyndicationResponse) => {
  const perAnswer = ['date', 'x-request-id', 'x-cache', 'ratelimit']
  return [...response.headers].filter(([name]) => !perAnswer.includes(name))
}

describe('a partner cache hit', () => {
  test('should carry the headers the router sends, and a fresh request id', async () => {
    const { get } = await clientFor({})
    const miss = await get('/faqs?limit=3')
    const hit = await get('/faqs?limit=3')
    expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
    expect(hit.text).toBe(miss.text)
    expect(stableHeaders(hit)).toEqual(stableHeaders(miss))
    expect(hit.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    // Data, not a page: no script may run, so no nonce either (the same policy on every answer).
    expect(hit.headers.get('content-security-policy')).toMatch(/script-src 'none'/)
    expect(hit.headers.get('content-security-policy')).not.toMatch(/nonce/)
    expect(hit.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(hit.headers.get('x-request-id')).not.toBe(miss.headers.get('x-request-id'))
  })

  test('should count on the same limit as a miss, one request each', async () => {
    const { get } = await clientFor({ rateLimitTier: 'trial' })
    const counts = []
    for (let index = 0; index < 4; index++) counts.push(remaining(await get('/faqs?limit=2')))
    expect(counts).toEqual([59, 58, 57, 56])
  })

  test('should answer 429 problem+json over the limit, as the router does, and count it once', async () => {
    const { get } = await clientFor({ rateLimitTier: 'trial' })
    const answers: SyndicationResponse[] = []
    for (let index = 0; index < 61; index++) answers.push(await get('/faqs?limit=1'))
    expect(answers.slice(0, 60).map((answer) => answer.status)).toEqual(Array(60).fill(200))
    expect(answers.slice(1, 60).every((answer) => answer.headers.get('x-cache') === 'HIT')).toBe(
      true,
    )
    const limited = answers[60]
    expect(limited.status).toBe(429)
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(limited.body).toMatchObject({ status: 429 })
    expect(remaining(limited)).toBe(0)
  })

  test('should send CORS headers to an origin the partner listed, and refuse any other', async () => {
    const origin = 'https://partner.example'
    const { get } = await clientFor({ allowedOrigins: [origin] })
    await get('/faqs?limit=2', { origin })
    const hit = await get('/faqs?limit=2', { origin })
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(hit.headers.get('access-control-allow-origin')).toBe(origin)
    expect(hit.headers.get('access-control-expose-headers')).toContain('RateLimit')
    const foreign = await get('/faqs?limit=2', { origin: 'https://elsewhere.example' })
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  test('should answer a conditional hit with 304 and the rate-limit headers', async () => {
    const { get } = await clientFor({})
    const first = await get('/faqs?limit=4')
    const revalidated = await get('/faqs?limit=4', { 'if-none-match': first.headers.get('etag')! })
    expect(revalidated.status).toBe(304)
    expect(revalidated.headers.get('x-cache')).toBe('HIT')
    expect(remaining(revalidated)).toBe(remaining(first) - 1)
  })
})
