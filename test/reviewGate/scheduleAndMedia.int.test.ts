import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { scheduled, schedulesThatDidNotRun } from '../../src/admin/dashboard/queueQueries'
import { invalidationCount } from '../../src/cache/invalidation'
import { richText } from '../../src/seed/lexical'
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

/** The dashboard's questions, asked as the signed-in reviewer. */
const reviewerAsks = () => ({
  payload: fx.server.payload,
  user: { ...(fx.reviewer.user as object), collection: 'users' } as never,
  adminRoute: '/admin',
})

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

    // Reviewers see it on their dashboard, no longer as "Scheduled" but as not published, and why.
    const ask = reviewerAsks()
    expect(await schedulesThatDidNotRun(ask, new Date())).toEqual([
      expect.objectContaining({
        collection: 'faqs',
        id: faq.id,
        title: 'Publish: Unreviewed text?',
        reason: 'superseded: content changed after review',
      }),
    ])
    expect((await scheduled(ask)).map((row) => row.id)).not.toContain(faq.id)
  })

  test('should publish the text the reviewer scheduled, under their name', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Reviewed text?' }, '?draft=true')
    await scheduleFaqPublish()
    await fx.server.payload.jobs.run()
    expect(await fx.publicRead('faqs', 'is-there-downtime')).toMatchObject({
      question: 'Reviewed text?',
      reviewerName: 'Dr. Ana Ruiz',
    })
    // Published since: the earlier superseded schedule has nothing left for a reviewer to do.
    expect(await schedulesThatDidNotRun(reviewerAsks(), new Date())).toEqual([])
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

/** A rich-text body with a paragraph and an image, as the admin's Lexical editor stores it. */
const bodyShowing = (mediaId: string | number) =>
  richText('Where the injections go:', {
    type: 'upload',
    version: 3,
    format: '',
    id: 'img1',
    fields: null,
    relationTo: 'media',
    value: mediaId,
  })

describe('an image shown in rich text or as the SEO image (reproduction 4, every use)', () => {
  let inBody: { id: string | number; alt: string }
  let asSeoImage: { id: string | number; alt: string }
  let procedure: { id: string | number; name: string }

  const patchMedia = (member: keyof GateFixture, id: string | number, data: object, query = '') =>
    sendJson(
      'PATCH',
      `${fx.server.baseUrl}/api/media${id === '' ? '' : `/${id}`}${query}`,
      data,
      bearer(fx[member] as never),
    )

  beforeAll(async () => {
    inBody = (await uploadImage(fx.server.baseUrl, fx.admin, 'Injection map', '#5a5')).body.doc
    asSeoImage = (await uploadImage(fx.server.baseUrl, fx.admin, 'Clinic room', '#55a')).body.doc
    procedure = await fx.publicRead('procedures', 'therapeutic-botox-injection')
    await reviewAndPublish(fx.server.payload, 'conditions', tmj.id, {
      body: bodyShowing(inBody.id),
    })
    await reviewAndPublish(fx.server.payload, 'procedures', procedure.id, {
      meta: { image: asSeoImage.id },
    })
  })

  test('should refuse an editor replacing an image placed in a published page’s text', async () => {
    const before = await gateState(fx.server.payload, 'media', inBody.id)
    const { status, body } = await replaceImage(fx.server.baseUrl, fx.editor, inBody.id)
    expect(status).toBe(403)
    expect(body.errors[0].message).toContain(tmj.name)
    expect(await gateState(fx.server.payload, 'media', inBody.id)).toEqual(before)
  })

  test('should refuse an editor changing the alternative text of an image in a page’s text', async () => {
    const before = await gateState(fx.server.payload, 'media', inBody.id)
    const { status, body } = await patchMedia('editor', inBody.id, { alt: 'Something else' })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/alternative text/)
    expect(body.errors[0].message).toContain(tmj.name)
    expect(await gateState(fx.server.payload, 'media', inBody.id)).toEqual(before)
  })

  test('should refuse an editor changing the caption of a published page’s SEO image', async () => {
    const before = await gateState(fx.server.payload, 'media', asSeoImage.id)
    const { status, body } = await patchMedia('editor', asSeoImage.id, { caption: 'New caption' })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/caption/)
    expect(body.errors[0].message).toContain(procedure.name)
    expect(await gateState(fx.server.payload, 'media', asSeoImage.id)).toEqual(before)
  })

  test('should refuse the same change sent as a bulk update, and change nothing', async () => {
    const before = await gateState(fx.server.payload, 'media', inBody.id)
    const { status } = await patchMedia(
      'editor',
      '',
      { alt: 'Bulk change' },
      `?where[id][equals]=${inBody.id}`,
    )
    expect(status).toBe(403)
    expect(await gateState(fx.server.payload, 'media', inBody.id)).toEqual(before)
  })

  test('should accept an editor saving the image form unchanged, as the admin resends it', async () => {
    const { status, body } = await patchMedia('editor', inBody.id, {
      alt: inBody.alt,
      caption: null,
    })
    expect(status, JSON.stringify(body)).toBe(200)
  })

  test('should refuse everyone deleting an image a published page shows in its text', async () => {
    const { status, body } = await sendJson(
      'DELETE',
      `${fx.server.baseUrl}/api/media/${inBody.id}`,
      undefined,
      bearer(fx.admin),
    )
    expect(status).toBe(403)
    expect(body.errors[0].message).toContain(tmj.name)
  })

  test('should let a reviewer change the alternative text, and an editor change an unused image', async () => {
    const reviewed = await patchMedia('reviewer', inBody.id, {
      alt: 'Injection points, front view',
    })
    expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(200)
    const unused = (await uploadImage(fx.server.baseUrl, fx.editor, 'Draft picture')).body.doc
    const edited = await patchMedia('editor', unused.id, { alt: 'Draft picture, cropped' })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
  })
})
