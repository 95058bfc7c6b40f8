import { afterAll, beforeAll, expect, test } from 'vitest'

import { getJson, graphql } from '../../helpers/http'
import { reviewAndPublish } from '../../helpers/review'
import { bearer } from '../../helpers/staff'
import { startWorkflowFixture, type WorkflowFixture } from '../../workflow/workflowFixture'

/**
 * A published FAQ hides its relation to an unpublished condition (draftRelations.int.test.ts), but
 * a filter on that relation must not give the condition away either: asked about a draft's id, an
 * anonymous reader gets the answer a made-up id gets.
 */
let fx: WorkflowFixture
let faq: { id: string | number; slug: string }
let published: { id: string | number }
let draftOnly: { id: string | number }
let missing: string

beforeAll(async () => {
  fx = await startWorkflowFixture()
  faq = await fx.publicRead('faqs', 'is-there-downtime')
  published = await fx.publicRead('conditions', 'tmj-disorder')
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
  // An id of the same shape that no document has: deleted straight after it was made.
  const gone = await fx.server.payload.create({
    collection: 'conditions',
    data: {
      name: 'Made and deleted',
      slug: 'made-and-deleted',
      summary: 'Gone.',
      indication: { status: 'unknown' as const },
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
  })
  await fx.server.payload.delete({ collection: 'conditions', id: gone.id, overrideAccess: true })
  missing = String(gone.id)
  await reviewAndPublish({ baseUrl: fx.server.baseUrl, reviewer: fx.reviewer }, 'faqs', faq.id, {
    relatedConditions: [published.id, draftOnly.id],
  })
})
afterAll(async () => fx?.server.close())

const slugsOf = (body: { docs?: { slug: string }[] }) => (body.docs ?? []).map((doc) => doc.slug)

const restProbes: [string, (id: string) => string][] = [
  ['equals', (id) => `where[relatedConditions][equals]=${id}`],
  ['in', (id) => `where[relatedConditions][in]=${id}`],
  ['not_equals', (id) => `where[relatedConditions][not_equals]=${id}`],
  ['not_in', (id) => `where[relatedConditions][not_in]=${id}`],
  ['or', (id) => `where[or][0][relatedConditions][equals]=${id}`],
  ['a field of the relation', (id) => `where[relatedConditions.id][equals]=${id}`],
]

test.each(restProbes)(
  'should answer an anonymous REST filter on a draft relation (%s) as for an id that does not exist',
  async (_name, where) => {
    const ask = async (id: string) => {
      const { status, body } = await getJson(
        `${fx.server.baseUrl}/api/faqs?${where(id)}&depth=0&limit=100`,
      )
      return { status, slugs: slugsOf(body), totalDocs: body.totalDocs }
    }
    const draftAnswer = await ask(String(draftOnly.id))
    expect(draftAnswer.status).toBe(200)
    expect(draftAnswer).toEqual(await ask(missing))
  },
)

test("should answer an anonymous filter on a draft relation's fields as on a missing one", async () => {
  const ask = async (name: string) => {
    const { status, body } = await getJson(
      `${fx.server.baseUrl}/api/faqs?where[relatedConditions.name][equals]=${encodeURIComponent(name)}&depth=0`,
    )
    return { status, slugs: slugsOf(body) }
  }
  expect(await ask('Unannounced condition')).toEqual(await ask('No such condition'))
})

test('should answer an anonymous GraphQL filter on a draft relation as for a missing id', async () => {
  const ask = async (id: string) => {
    const { body } = await graphql(
      fx.server.baseUrl,
      `
        query ($id: JSON) {
          Faqs(where: { relatedConditions: { equals: $id } }) {
            totalDocs
            docs {
              slug
            }
          }
        }
      `,
      { id },
    )
    return body
  }
  expect(await ask(String(draftOnly.id))).toEqual(await ask(missing))
})

test('should still find FAQs by a published relation, for anonymous readers', async () => {
  const { body } = await getJson(
    `${fx.server.baseUrl}/api/faqs?where[relatedConditions][equals]=${published.id}&depth=0`,
  )
  expect(slugsOf(body)).toContain(faq.slug)
})

test('should let staff filter on a draft relation', async () => {
  const { body } = await getJson(
    `${fx.server.baseUrl}/api/faqs?where[relatedConditions][equals]=${draftOnly.id}&depth=0`,
    bearer(fx.editor),
  )
  expect(slugsOf(body)).toContain(faq.slug)
})
