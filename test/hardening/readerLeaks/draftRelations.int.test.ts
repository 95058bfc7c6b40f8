import { afterAll, beforeAll, expect, test } from 'vitest'

import { getJson, graphql } from '../../helpers/http'
import { reviewAndPublish } from '../../helpers/review'
import { bearer } from '../../helpers/staff'
import { startWorkflowFixture, type WorkflowFixture } from '../../workflow/workflowFixture'

let fx: WorkflowFixture
let faq: { id: string | number; slug: string }
let published: { id: string | number }
let draftOnly: { id: string | number }

const idsOf = (values: unknown[]) =>
  values.map((value) => String(typeof value === 'object' ? (value as { id: unknown }).id : value))

beforeAll(async () => {
  fx = await startWorkflowFixture()
  faq = await fx.publicRead('faqs', 'is-there-downtime')
  published = await fx.publicRead('conditions', 'tmj-disorder')
  // A condition being written, never published: its existence is not public yet.
  draftOnly = await fx.server.payload.create({
    collection: 'conditions',
    data: {
      name: 'Unannounced condition',
      slug: 'unannounced-condition',
      summary: 'Not public yet.',
      indication: { status: 'unknown' as const },
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
  })
  await reviewAndPublish({ baseUrl: fx.server.baseUrl, reviewer: fx.reviewer }, 'faqs', faq.id, {
    relatedConditions: [published.id, draftOnly.id],
  })
})
afterAll(async () => fx?.server.close())

test.each([0, 1])(
  'should not show anonymous REST readers the id of an unpublished related document (depth %i)',
  async (depth) => {
    const byId = await getJson(`${fx.server.baseUrl}/api/faqs/${faq.id}?depth=${depth}`)
    expect(byId.status).toBe(200)
    expect(idsOf(byId.body.relatedConditions)).toEqual([String(published.id)])
    const list = await getJson(
      `${fx.server.baseUrl}/api/faqs?where[slug][equals]=${faq.slug}&depth=${depth}`,
    )
    expect(idsOf(list.body.docs[0].relatedConditions)).toEqual([String(published.id)])
  },
)

test('should not show anonymous GraphQL readers an unpublished related document', async () => {
  const { body } = await graphql(
    fx.server.baseUrl,
    `{ Faqs(where: { slug: { equals: "${faq.slug}" } }) { docs { relatedConditions { id name } } } }`,
  )
  expect(body.errors).toBeUndefined()
  expect(idsOf(body.data.Faqs.docs[0].relatedConditions)).toEqual([String(published.id)])
})

test('should show staff every related document, drafts included', async () => {
  const { body } = await getJson(
    `${fx.server.baseUrl}/api/faqs/${faq.id}?depth=0`,
    bearer(fx.editor),
  )
  expect(idsOf(body.relatedConditions)).toEqual([String(published.id), String(draftOnly.id)])
})

test('should show the relation to anonymous readers once the related document is published', async () => {
  await reviewAndPublish(
    { baseUrl: fx.server.baseUrl, reviewer: fx.reviewer },
    'conditions',
    draftOnly.id,
  )
  const { body } = await getJson(`${fx.server.baseUrl}/api/faqs/${faq.id}?depth=0`)
  expect(idsOf(body.relatedConditions)).toEqual([String(published.id), String(draftOnly.id)])
})
