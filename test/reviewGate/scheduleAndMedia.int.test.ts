import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { invalidationCount } from '../../src/cache/invalidation'
import { sendJson } from '../helpers/http'
import { reviewAndPublish } from '../helpers/review'
import { bearer } from '../helpers/staff'
import {
  gateState,
  replaceImage,
  scheduleThroughAdmin,
  startGateFixture,
  uploadImage,
  type GateFixture,
} from './gateFixture'

let fx: GateFixture
let faq: { id: string | number; question: string }
let tmj: { id: string | number; name: string }

beforeAll(async () => {
  fx = await startGateFixture()
  faq = await fx.publicRead('faqs', 'is-there-downtime')
  tmj = await fx.publicRead('conditions', 'tmj-disorder')
})
afterAll(async () => fx?.server.close())

async function scheduledJob(id: string | number) {
  return fx.server.payload.findByID({
    collection: 'payload-jobs',
    id,
    overrideAccess: true,
    disableErrors: true,
  })
}

async function scheduleFaqPublish() {
  const result = await scheduleThroughAdmin(fx.server.payload, fx.reviewer, {
    type: 'publish',
    date: new Date(Date.now() - 1000),
    doc: { relationTo: 'faqs', value: String(faq.id) },
  })
  expect(result).not.toHaveProperty('error')
  const { docs } = await fx.server.payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' } },
    sort: '-createdAt',
    limit: 1,
    overrideAccess: true,
  })
  return docs[0]!
}

describe('a scheduled publish (reproduction 3)', () => {
  test('should not publish text an editor changed after the reviewer scheduled it, and say why', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Reviewed text?' }, '?draft=true')
    const job = await scheduleFaqPublish()
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Unreviewed text?' }, '?draft=true')

    await fx.server.payload.jobs.run()
    const live = await fx.publicRead('faqs', 'is-there-downtime')
    expect(live.question).toBe(faq.question)
    const after = await scheduledJob(job.id)
    expect(after).toMatchObject({ hasError: true })
    expect(JSON.stringify(after?.error)).toMatch(/superseded: content changed after review/)
  })

  test('should publish the text the reviewer scheduled, under their name', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Reviewed text?' }, '?draft=true')
    await scheduleFaqPublish()
    await fx.server.payload.jobs.run()
    expect(await fx.publicRead('faqs', 'is-there-downtime')).toMatchObject({
      question: 'Reviewed text?',
      reviewerName: 'Dr. Ana Ruiz',
    })
  })
})

describe('an image a published page uses (reproduction 4)', () => {
  let image: { id: string | number; filename: string }

  beforeAll(async () => {
    const uploaded = await uploadImage(fx.server.baseUrl, fx.admin, 'Injection points')
    expect(uploaded.status).toBe(201)
    image = uploaded.body.doc
    await reviewAndPublish(fx.server.payload, 'conditions', tmj.id, { image: image.id })
  })

  test('should refuse an editor replacing it, naming the page, and change nothing', async () => {
    const before = await gateState(fx.server.payload, 'media', image.id)
    const { status, body } = await replaceImage(fx.server.baseUrl, fx.editor, image.id)
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/reviewer or an admin/)
    expect(body.errors[0].message).toContain(tmj.name)
    expect(await gateState(fx.server.payload, 'media', image.id)).toEqual(before)
  })

  test.each(['editor', 'reviewer', 'admin'] as const)(
    'should refuse the %s deleting it while the page is published, and change nothing',
    async (role) => {
      const before = await gateState(fx.server.payload, 'media', image.id)
      const { status, body } = await sendJson(
        'DELETE',
        `${fx.server.baseUrl}/api/media/${image.id}`,
        undefined,
        bearer(fx[role]),
      )
      expect(status).toBe(403)
      expect(body.errors[0].message).toContain(tmj.name)
      expect(await gateState(fx.server.payload, 'media', image.id)).toEqual(before)
    },
  )

  test('should let a reviewer replace it, clearing the public caches once', async () => {
    const before = invalidationCount()
    const { status, body } = await replaceImage(fx.server.baseUrl, fx.reviewer, image.id)
    expect(status, JSON.stringify(body)).toBe(200)
    expect(body.doc.filename).not.toBe(image.filename)
    expect(invalidationCount()).toBe(before + 1)
  })

  test('should let an editor delete an image no published page uses', async () => {
    const unused = await uploadImage(fx.server.baseUrl, fx.editor, 'Unused picture')
    const before = invalidationCount()
    const { status } = await sendJson(
      'DELETE',
      `${fx.server.baseUrl}/api/media/${unused.body.doc.id}`,
      undefined,
      bearer(fx.editor),
    )
    expect(status).toBe(200)
    expect(invalidationCount()).toBe(before + 1)
  })
})
