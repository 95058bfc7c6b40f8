import { afterAll, beforeAll, expect, test } from 'vitest'

import type { OpenApiContract } from '../helpers/openapiContract'
import type { StaffMember } from '../helpers/staff'
import { partnerClient, startPartnerServer, type PartnerInput } from '../helpers/syndication'
import type { TestServer } from '../helpers/testServer'

let server: TestServer
let admin: StaffMember
let contract: OpenApiContract

beforeAll(async () => {
  ;({ server, admin, contract } = await startPartnerServer())
})
afterAll(() => server?.close())

const clientFor = (input: PartnerInput) => partnerClient(server, admin, contract, input)

test('should answer a partner’s repeated read from the cache, with fresh rate-limit headers', async () => {
  const { get } = await clientFor({})
  const first = await get('/faqs')
  const second = await get('/faqs')
  expect(first.headers.get('x-cache')).toBe('MISS')
  expect(second.headers.get('x-cache')).toBe('HIT')
  expect(second.text).toBe(first.text)
  expect(second.headers.get('ratelimit')).not.toBe(first.headers.get('ratelimit'))
})

test('should keep partners with different scopes apart, and still refuse what is out of scope', async () => {
  const everything = await clientFor({})
  await everything.get('/conditions')
  const faqsOnly = await clientFor({ collections: ['faqs'] })
  expect((await faqsOnly.get('/conditions')).status).toBe(403)
  expect((await faqsOnly.get('/conditions')).status).toBe(403)
})

test('should refuse a suspended partner even when its answer is cached', async () => {
  const { get, partner } = await clientFor({})
  expect((await get('/faqs')).status).toBe(200)
  expect((await get('/faqs')).headers.get('x-cache')).toBe('HIT')
  await server.payload.update({
    collection: 'partners',
    id: partner.id,
    data: { status: 'suspended' },
    overrideAccess: true,
  })
  expect((await get('/faqs')).status).toBe(403)
})

test('should drop a partner’s cached answer when the content is published again', async () => {
  const { get } = await clientFor({})
  const before = await get('/faqs/is-there-downtime')
  const { docs } = await server.payload.find({
    collection: 'faqs',
    where: { slug: { equals: 'is-there-downtime' } },
    overrideAccess: true,
  })
  await server.payload.update({
    collection: 'faqs',
    id: docs[0].id,
    data: { question: 'Do I need time off after the injections?', _status: 'published' },
    overrideAccess: true,
  })
  const after = await get('/faqs/is-there-downtime')
  expect(after.headers.get('x-cache')).toBe('MISS')
  expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  expect(after.text).toContain('Do I need time off after the injections?')
})
