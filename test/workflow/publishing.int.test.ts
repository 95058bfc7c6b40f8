import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, idLiteral, sendJson } from '../helpers/http'
import { bearer } from '../helpers/staff'
import { setClock } from '../../src/lib/clock'
import { startWorkflowFixture, type WorkflowFixture } from './workflowFixture'

let fx: WorkflowFixture
let tmj: { id: string | number; summary: string }
const publishedAt = new Date('2026-03-10T09:30:00.000Z')
let restoreClock: () => void

beforeAll(async () => {
  fx = await startWorkflowFixture()
  tmj = await fx.publicRead('conditions', 'tmj-disorder')
  restoreClock = setClock(() => publishedAt)
})
afterAll(async () => {
  restoreClock?.()
  await fx?.server.close()
})

const refusal = /Only a clinician reviewer or an admin/

describe('an editor', () => {
  test('should save a draft that the public does not see', async () => {
    const { status } = await fx.patch(
      fx.editor,
      'conditions',
      tmj.id,
      { summary: 'Draft summary by the editor.', workflowStatus: 'in-review' },
      '?draft=true',
    )
    expect(status).toBe(200)
    expect((await fx.publicRead('conditions', 'tmj-disorder')).summary).toBe(tmj.summary)
    const latest = await fx.staffRead('conditions', tmj.id)
    expect(latest).toMatchObject({
      summary: 'Draft summary by the editor.',
      workflowStatus: 'in-review',
    })
  })

  test.each([
    ['publishing over REST', { _status: 'published' }, ''],
    ['publishing with draft=true', { _status: 'published', summary: 'Sneaky.' }, '?draft=true'],
    ['rewriting the live page in place', { summary: 'Live edit.' }, ''],
    ['unpublishing the live page', { _status: 'draft' }, ''],
  ])(
    'should be refused %s with a 403 that says why, and change nothing',
    async (_case, data, query) => {
      const before = await fx.staffRead('conditions', tmj.id)
      const { status, body } = await fx.patch(fx.editor, 'conditions', tmj.id, data, query)
      expect(status).toBe(403)
      expect(body.errors[0].message).toMatch(/reviewer/)
      expect(await fx.staffRead('conditions', tmj.id)).toEqual(before)
      expect((await fx.publicRead('conditions', 'tmj-disorder')).summary).toBe(tmj.summary)
    },
  )

  test('should be refused publishing in bulk, each document with the reason', async () => {
    const { status, body } = await sendJson(
      'PATCH',
      `${fx.server.baseUrl}/api/conditions?where[slug][in]=tmj-disorder,bruxism&draft=true`,
      { _status: 'published' },
      bearer(fx.editor),
    )
    expect(status).toBe(400)
    expect(body.docs).toEqual([])
    expect(body.errors).toHaveLength(2)
    for (const error of body.errors) expect(error.message).toMatch(refusal)
    expect((await fx.publicRead('conditions', 'tmj-disorder')).summary).toBe(tmj.summary)
  })

  test('should save drafts in bulk', async () => {
    const { status } = await sendJson(
      'PATCH',
      `${fx.server.baseUrl}/api/aftercare-steps?where[slug][equals]=tenderness&draft=true`,
      { workflowStatus: 'in-review' },
      bearer(fx.editor),
    )
    expect(status).toBe(200)
  })

  test('should be refused creating a published document', async () => {
    const { status, body } = await sendJson(
      'POST',
      `${fx.server.baseUrl}/api/faqs`,
      { question: 'Can I publish this?', answer: null, order: 99, _status: 'published' },
      bearer(fx.editor),
    )
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(refusal)
    const { totalDocs } = await fx.server.payload.count({
      collection: 'faqs',
      where: { order: { equals: 99 } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(0)
  })

  test('should be refused publishing over GraphQL', async () => {
    const { body } = await graphql(
      fx.server.baseUrl,
      `mutation { updateCondition(id: ${idLiteral(tmj.id)}, data: { _status: published }) { id } }`,
      {},
      bearer(fx.editor),
    )
    expect(body.errors?.[0], JSON.stringify(body)).toMatchObject({
      message: expect.stringMatching(refusal),
      extensions: { statusCode: 403 },
    })
    expect((await fx.publicRead('conditions', 'tmj-disorder')).summary).toBe(tmj.summary)
  })

  test('should be refused publishing through the Local API without overrideAccess', async () => {
    await expect(
      fx.server.payload.update({
        collection: 'conditions',
        id: tmj.id,
        data: { _status: 'published' },
        overrideAccess: false,
        user: fx.editor.user as never,
      }),
    ).rejects.toMatchObject({ status: 403, message: expect.stringMatching(refusal) })
  })

  test('should not be able to write the review record or move the review date', async () => {
    await fx.patch(
      fx.editor,
      'conditions',
      tmj.id,
      { reviewerName: 'Dr. Nobody', nextReviewDue: '2099-01-01T00:00:00.000Z' },
      '?draft=true',
    )
    const latest = await fx.staffRead('conditions', tmj.id)
    expect(latest.reviewerName).toBeNull()
    expect(latest.nextReviewDue).not.toBe('2099-01-01T00:00:00.000Z')
  })
})

describe('a reviewer', () => {
  test('should publish the draft, recording who reviewed it, when, and the next review', async () => {
    const { status } = await fx.patch(fx.reviewer, 'conditions', tmj.id, {
      _status: 'published',
    })
    expect(status).toBe(200)
    const live = await fx.publicRead('conditions', 'tmj-disorder')
    expect(live).toMatchObject({
      summary: 'Draft summary by the editor.',
      workflowStatus: 'published',
      reviewerName: 'Dr. Ana Ruiz',
      lastReviewed: '2026-03-10T09:30:00.000Z',
      nextReviewDue: '2027-03-10T09:30:00.000Z',
      reviewStatus: 'current',
    })
    // The public sees the reviewer's name, never their account; staff see both.
    expect(live.reviewedBy).toBeUndefined()
    expect((await fx.staffRead('conditions', tmj.id)).reviewedBy).toBe(fx.reviewer.id)
  })

  test('should keep a next review date the reviewer picks when publishing', async () => {
    const { status } = await fx.patch(fx.reviewer, 'conditions', tmj.id, {
      _status: 'published',
      nextReviewDue: '2026-09-01T00:00:00.000Z',
    })
    expect(status).toBe(200)
    expect((await fx.publicRead('conditions', 'tmj-disorder')).nextReviewDue).toBe(
      '2026-09-01T00:00:00.000Z',
    )
  })

  test('should publish over GraphQL too', async () => {
    const bruxism = await fx.publicRead('conditions', 'bruxism')
    const { status, body } = await graphql(
      fx.server.baseUrl,
      `mutation { updateCondition(id: ${idLiteral(bruxism.id)}, data: { summary: "Reviewed over GraphQL.", _status: published }) { reviewerName lastReviewed reviewStatus } }`,
      {},
      bearer(fx.reviewer),
    )
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.data.updateCondition).toEqual({
      reviewerName: 'Dr. Ana Ruiz',
      lastReviewed: '2026-03-10T09:30:00.000Z',
      reviewStatus: 'current',
    })
  })
})

describe('the seed', () => {
  test('should publish without inventing a review, leaving the document due at once', async () => {
    setClock(() => new Date())
    const faq = await fx.publicRead('faqs', 'is-there-downtime')
    expect(faq).toMatchObject({ lastReviewed: null, reviewerName: null, reviewStatus: 'overdue' })
    expect(faq.nextReviewDue).toEqual(expect.any(String))
  })
})
