import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { invalidationCount } from '../../src/cache/invalidation'
import { setClock } from '../../src/lib/clock'
import { richText } from '../../src/seed/lexical'
import { getJson, graphql, idLiteral } from '../helpers/http'
import { OpenApiContract } from '../helpers/openapiContract'
import { bearer } from '../helpers/staff'
import { partnerClient } from '../helpers/syndication'
import { gateState, startGateFixture, type GateFixture } from './gateFixture'

let fx: GateFixture
let partner: Awaited<ReturnType<typeof partnerClient>>
let inclusive: Awaited<ReturnType<typeof partnerClient>>
let faq: { id: string | number; question: string; slug: string }

beforeAll(async () => {
  fx = await startGateFixture()
  const contract = await OpenApiContract.load(fx.server.baseUrl)
  partner = await partnerClient(fx.server, fx.admin, contract)
  inclusive = await partnerClient(fx.server, fx.admin, contract, {
    name: 'Clinic that takes everything',
    includeUnreviewed: true,
  })
  faq = await fx.publicRead('faqs', 'is-there-downtime')
})
afterAll(async () => fx?.server.close())

const publicFaqs = () => getJson(`${fx.server.baseUrl}/api/faqs?limit=50&depth=0`)

/** The partner's newest change events. */
async function latestEvents() {
  const { body } = await partner.get('/changes?limit=100')
  return body.events as { kind: string; slug: string; sequence: number }[]
}

describe('draft saves and the public caches (reproduction 6)', () => {
  test('should keep cached public answers through an autosave and a GraphQL draft save', async () => {
    await publicFaqs()
    expect((await publicFaqs()).headers.get('x-cache')).toBe('HIT')
    const before = invalidationCount()

    const autosave = await fx.patch(
      fx.editor,
      'faqs',
      faq.id,
      { question: 'Typing…' },
      '?draft=true&autosave=true',
    )
    expect(autosave.status).toBe(200)
    const overGraphql = await graphql(
      fx.server.baseUrl,
      `mutation { updateFaq(id: ${idLiteral(faq.id)}, draft: true, data: { question: "Typing more…" }) { id } }`,
      {},
      bearer(fx.editor),
    )
    expect(overGraphql.body.errors, JSON.stringify(overGraphql.body)).toBeUndefined()

    expect(invalidationCount()).toBe(before)
    expect((await publicFaqs()).headers.get('x-cache')).toBe('HIT')
  })

  test('should clear them exactly once when a reviewer publishes', async () => {
    const before = invalidationCount()
    const { status } = await fx.patch(fx.reviewer, 'faqs', faq.id, {
      question: faq.question,
      _status: 'published',
    })
    expect(status).toBe(200)
    expect(invalidationCount()).toBe(before + 1)
    expect((await publicFaqs()).headers.get('x-cache')).toBe('MISS')
  })
})

describe('a re-review (reproduction 7)', () => {
  test('should tell partners with a reviewed event, a webhook and a new ETag', async () => {
    const document = await partner.get(`/faqs/${faq.slug}`)
    expect(document.status).toBe(200)
    const before = await gateState(fx.server.payload, 'faqs', faq.id)

    const restoreClock = setClock(() => new Date(Date.now() + 40 * 24 * 3600 * 1000))
    try {
      const { status } = await fx.patch(fx.reviewer, 'faqs', faq.id, { _status: 'published' })
      expect(status).toBe(200)
    } finally {
      restoreClock()
    }

    const after = await gateState(fx.server.payload, 'faqs', faq.id)
    expect(after.changeLogEvents).toBe(before.changeLogEvents + 1)
    expect(after.queuedWebhooks).toBeGreaterThan(before.queuedWebhooks)
    const events = await latestEvents()
    expect(events.at(-1)).toMatchObject({ kind: 'reviewed', slug: faq.slug })
    const reviewed = await partner.get(`/faqs/${faq.slug}`)
    expect(reviewed.headers.get('etag')).not.toBe(document.headers.get('etag'))
    expect(reviewed.body.envelope.lastReviewed).not.toBe(document.body.envelope.lastReviewed)
    expect(reviewed.body.envelope.reviewStatus).toBe('current')
  })
})

describe('unreviewed content and partners (reproduction 8)', () => {
  let unreviewed: { id: string | number; slug: string }

  beforeAll(async () => {
    // Published the way the seed publishes: by the system, with no clinician's review.
    unreviewed = (await fx.server.payload.create({
      collection: 'faqs',
      data: {
        question: 'Is this answer reviewed yet?',
        answer: richText('Not yet.'),
        order: 97,
        _status: 'published',
      },
      overrideAccess: true,
    } as never)) as never
  })

  test('should not be served, listed or announced to partners', async () => {
    expect((await partner.get(`/faqs/${unreviewed.slug}`)).status).toBe(404)
    const list = await partner.get('/faqs?limit=100')
    expect(list.body.items.map((item: { slug: string }) => item.slug)).not.toContain(
      unreviewed.slug,
    )
    expect((await latestEvents()).map((event) => event.slug)).not.toContain(unreviewed.slug)
    // The public website still shows it, saying honestly that it is not reviewed.
    expect((await fx.publicRead('faqs', unreviewed.slug)).lastReviewed).toBeNull()
  })

  test('should be served to a partner that chose to include unreviewed content, marked so', async () => {
    const { status, body } = await inclusive.get(`/faqs/${unreviewed.slug}`)
    expect(status).toBe(200)
    expect(body.envelope).toMatchObject({ reviewStatus: 'not-reviewed', lastReviewed: null })
  })

  test('should reach partners as a publish event once a clinician reviews it', async () => {
    const before = await gateState(fx.server.payload, 'faqs', unreviewed.id)
    const { status } = await fx.patch(fx.reviewer, 'faqs', unreviewed.id, { _status: 'published' })
    expect(status).toBe(200)
    expect((await latestEvents()).at(-1)).toMatchObject({ kind: 'created', slug: unreviewed.slug })
    const after = await gateState(fx.server.payload, 'faqs', unreviewed.id)
    expect(after.queuedWebhooks).toBeGreaterThan(before.queuedWebhooks)
    const served = await partner.get(`/faqs/${unreviewed.slug}`)
    expect(served.status).toBe(200)
    expect(served.body.envelope.reviewStatus).toBe('current')
  })
})
