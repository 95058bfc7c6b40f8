import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { acknowledgeClaimFlags } from '../helpers/review'
import { startWorkflowFixture, type WorkflowFixture } from './workflowFixture'

let fx: WorkflowFixture
let faq: { id: string | number; question: string }

beforeAll(async () => {
  fx = await startWorkflowFixture()
  faq = await fx.publicRead('faqs', 'is-there-downtime')
})
afterAll(async () => fx?.server.close())

/** What the admin's "Schedule publish" drawer queues: Payload's schedulePublish task. */
const schedule = (type: 'publish' | 'unpublish', userId: string | number, waitUntil: Date) =>
  fx.server.payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type,
      doc: { relationTo: 'faqs', value: String(faq.id) },
      user: { relationTo: 'users', value: userId },
    } as never,
    waitUntil,
  })

describe('scheduled publish', () => {
  test('should publish the reviewed draft when the job runs, not before', async () => {
    const { status } = await fx.patch(
      fx.editor,
      'faqs',
      faq.id,
      { question: 'Is there any downtime at all?' },
      '?draft=true',
    )
    expect(status).toBe(200)
    // The reviewer answers the claims check before scheduling, as the 409 on publish asks.
    await acknowledgeClaimFlags(
      { baseUrl: fx.server.baseUrl, reviewer: fx.reviewer },
      'faqs',
      faq.id,
    )
    const due = new Date(Date.now() + 1500)
    await schedule('publish', fx.reviewer.id, due)

    await fx.server.payload.jobs.run()
    expect((await fx.publicRead('faqs', 'is-there-downtime')).question).toBe(faq.question)

    await new Promise((resolve) => setTimeout(resolve, due.getTime() - Date.now() + 100))
    await fx.server.payload.jobs.run()
    const live = await fx.publicRead('faqs', 'is-there-downtime')
    expect(live).toMatchObject({
      question: 'Is there any downtime at all?',
      reviewerName: 'Dr. Ana Ruiz',
      workflowStatus: 'published',
    })
    expect(live.lastReviewed).toEqual(expect.any(String))
  })

  test('should unpublish when an unpublish job runs', async () => {
    await schedule('unpublish', fx.reviewer.id, new Date(Date.now() - 1000))
    await fx.server.payload.jobs.run()
    expect(await fx.publicRead('faqs', 'is-there-downtime')).toBeUndefined()
  })

  test('should refuse a publish scheduled by an editor, and never let it go live', async () => {
    const republished = await fx.patch(fx.reviewer, 'faqs', faq.id, { _status: 'published' })
    expect(republished.status, JSON.stringify(republished.body)).toBe(200)
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Editor-only text.' }, '?draft=true')
    // Refused when queued (src/workflow/reviewedSchedules.ts), and it would be refused when run.
    await expect(schedule('publish', fx.editor.id, new Date(Date.now() - 1000))).rejects.toThrow(
      /Only a clinician reviewer or an admin can schedule/,
    )
    await fx.server.payload.jobs.run()
    expect((await fx.publicRead('faqs', 'is-there-downtime')).question).toBe(
      'Is there any downtime at all?',
    )
  })
})
