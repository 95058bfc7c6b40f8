import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, graphql, idLiteral, sendJson } from '../helpers/http'
import { bearer } from '../helpers/staff'
import {
  gateState,
  pendingSchedules,
  scheduleThroughAdmin,
  startGateFixture,
  type GateFixture,
} from './gateFixture'

let fx: GateFixture
let tmj: { id: string | number; summary: string }
let faq: { id: string | number; question: string }

beforeAll(async () => {
  fx = await startGateFixture()
  tmj = await fx.publicRead('conditions', 'tmj-disorder')
  faq = await fx.publicRead('faqs', 'is-there-downtime')
})
afterAll(async () => fx?.server.close())

const url = (path: string) => `${fx.server.baseUrl}/api${path}`

/** The id of the latest version whose summary is the given text. */
async function versionWithSummary(summary: string) {
  const { body } = await getJson(
    url(`/conditions/versions?where[parent][equals]=${tmj.id}&sort=-updatedAt&limit=50&depth=0`),
    bearer(fx.editor),
  )
  return body.docs.find((version: any) => version.version.summary === summary).id
}

describe('restoring a version (reproduction 1)', () => {
  test('should restore a version as a new draft for an editor, leaving the published page as it is', async () => {
    await fx.patch(fx.editor, 'conditions', tmj.id, { summary: 'First draft.' }, '?draft=true')
    await fx.patch(fx.editor, 'conditions', tmj.id, { summary: 'Second draft.' }, '?draft=true')
    const before = await gateState(fx.server.payload, 'conditions', tmj.id)

    const versionId = await versionWithSummary('First draft.')
    const { status, body } = await sendJson(
      'POST',
      url(`/conditions/versions/${versionId}`),
      {},
      bearer(fx.editor),
    )
    expect(status, JSON.stringify(body)).toBe(200)
    expect((await fx.publicRead('conditions', 'tmj-disorder'))?.summary).toBe(tmj.summary)
    expect((await fx.staffRead('conditions', tmj.id)).summary).toBe('First draft.')
    const after = await gateState(fx.server.payload, 'conditions', tmj.id)
    expect(after.changeLogEvents).toBe(before.changeLogEvents)
    expect(after.queuedWebhooks).toBe(before.queuedWebhooks)
  })

  test('should restore as a draft over GraphQL too', async () => {
    const versionId = await versionWithSummary('Second draft.')
    const before = await gateState(fx.server.payload, 'conditions', tmj.id)
    const { body } = await graphql(
      fx.server.baseUrl,
      `mutation { restoreVersionCondition(id: ${idLiteral(versionId)}) { id } }`,
      {},
      bearer(fx.editor),
    )
    expect(body.errors, JSON.stringify(body)).toBeUndefined()
    expect((await fx.publicRead('conditions', 'tmj-disorder'))?.summary).toBe(tmj.summary)
    expect((await fx.staffRead('conditions', tmj.id)).summary).toBe('Second draft.')
    expect((await gateState(fx.server.payload, 'conditions', tmj.id)).changeLogEvents).toBe(
      before.changeLogEvents,
    )
  })
})

describe('deleting (reproduction 2)', () => {
  test.each([
    ['over REST', () => sendJson('DELETE', url(`/faqs/${faq.id}`), undefined, bearer(fx.editor))],
    [
      'in bulk',
      () =>
        sendJson('DELETE', url(`/faqs?where[id][equals]=${faq.id}`), undefined, bearer(fx.editor)),
    ],
    [
      'over GraphQL',
      () =>
        graphql(
          fx.server.baseUrl,
          `mutation { deleteFaq(id: ${idLiteral(faq.id)}) { id } }`,
          {},
          bearer(fx.editor),
        ),
    ],
  ])(
    'should refuse an editor deleting a published FAQ %s, and change nothing',
    async (_how, act) => {
      const before = await gateState(fx.server.payload, 'faqs', faq.id)
      const { body } = await act()
      expect(JSON.stringify(body)).toMatch(/reviewer or an admin/)
      expect(await gateState(fx.server.payload, 'faqs', faq.id)).toEqual(before)
      expect((await fx.publicRead('faqs', 'is-there-downtime'))?.question).toBe(faq.question)
    },
  )

  test('should let an editor delete a document that was never published', async () => {
    const created = await sendJson(
      'POST',
      url('/faqs?draft=true'),
      { question: 'A question nobody published?', order: 98 },
      bearer(fx.editor),
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { status } = await sendJson(
      'DELETE',
      url(`/faqs/${created.body.doc.id}`),
      undefined,
      bearer(fx.editor),
    )
    expect(status).toBe(200)
  })
})

describe('discarding a draft (reproduction 2, revert to published)', () => {
  test('should let an editor discard their draft the way the admin does, leaving the page live', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Draft to throw away?' }, '?draft=true')
    const before = await gateState(fx.server.payload, 'faqs', faq.id)
    // The admin's "Revert to published": read the published document, then save it back.
    const path = `/faqs/${faq.id}?locale=en&fallback-locale=null&depth=0`
    const published = await getJson(url(path), bearer(fx.editor))
    const { status, body } = await sendJson('PATCH', url(path), published.body, bearer(fx.editor))
    expect(status, JSON.stringify(body)).toBe(200)
    expect((await fx.staffRead('faqs', faq.id)).question).toBe(faq.question)
    expect((await fx.publicRead('faqs', 'is-there-downtime')).question).toBe(faq.question)
    const after = await gateState(fx.server.payload, 'faqs', faq.id)
    expect(after.changeLogEvents).toBe(before.changeLogEvents)
    expect(after.queuedWebhooks).toBe(before.queuedWebhooks)
  })

  test('should refuse an editor rewriting the live page in place, and change nothing', async () => {
    await fx.patch(fx.editor, 'faqs', faq.id, { question: 'Another draft?' }, '?draft=true')
    const before = await gateState(fx.server.payload, 'faqs', faq.id)
    const { status, body } = await fx.patch(fx.editor, 'faqs', faq.id, {
      question: 'Live edit?',
      _status: 'published',
    })
    expect(status).toBe(403)
    expect(body.errors[0].message).toMatch(/reviewer or an admin/)
    expect(await gateState(fx.server.payload, 'faqs', faq.id)).toEqual(before)
  })
})

describe('cancelling a schedule (reproduction 5)', () => {
  test("should refuse an editor cancelling a reviewer's scheduled unpublish in the admin", async () => {
    const doc = { relationTo: 'faqs', value: String(faq.id) }
    const date = new Date(Date.now() + 24 * 3600 * 1000)
    const scheduled = await scheduleThroughAdmin(fx.server.payload, fx.reviewer, {
      type: 'unpublish',
      date,
      doc,
    })
    expect(scheduled).not.toHaveProperty('error')
    const [job] = await pendingSchedules(fx.server.payload, 'faqs', faq.id)
    expect(job).toBeDefined()

    const cancelled = await scheduleThroughAdmin(fx.server.payload, fx.editor, {
      deleteID: job!.id,
    })
    expect(cancelled).toHaveProperty('error')
    expect((await pendingSchedules(fx.server.payload, 'faqs', faq.id)).map((j) => j.id)).toContain(
      job!.id,
    )

    const byReviewer = await scheduleThroughAdmin(fx.server.payload, fx.reviewer, {
      deleteID: job!.id,
    })
    expect(byReviewer).not.toHaveProperty('error')
    expect(
      (await pendingSchedules(fx.server.payload, 'faqs', faq.id)).map((j) => j.id),
    ).not.toContain(job!.id)
  })

  test('should refuse an editor scheduling a publish in the admin', async () => {
    const before = (await pendingSchedules(fx.server.payload, 'faqs', faq.id)).length
    const result = await scheduleThroughAdmin(fx.server.payload, fx.editor, {
      type: 'publish',
      date: new Date(Date.now() + 3600 * 1000),
      doc: { relationTo: 'faqs', value: String(faq.id) },
    })
    expect(result).toHaveProperty('error')
    expect((await pendingSchedules(fx.server.payload, 'faqs', faq.id)).length).toBe(before)
  })
})

describe('publishing the draft the reviewer read (If-Match)', () => {
  test('should answer 412 and change nothing when the draft changed after the reviewer read it', async () => {
    await fx.patch(
      fx.editor,
      'conditions',
      tmj.id,
      { summary: 'Read by the reviewer.' },
      '?draft=true',
    )
    const read = await getJson(url(`/conditions/${tmj.id}?draft=true&depth=0`), bearer(fx.reviewer))
    const etag = read.headers.get('etag')
    expect(etag).toMatch(/^"sha256-/)
    await fx.patch(
      fx.editor,
      'conditions',
      tmj.id,
      { summary: 'Changed afterwards.' },
      '?draft=true',
    )

    const before = await gateState(fx.server.payload, 'conditions', tmj.id)
    const stale = await sendJson(
      'PATCH',
      url(`/conditions/${tmj.id}`),
      { _status: 'published' },
      { ...bearer(fx.reviewer), 'if-match': etag! },
    )
    expect(stale.status).toBe(412)
    expect(stale.body.errors[0].message).toMatch(/changed after you read it/)
    expect(await gateState(fx.server.payload, 'conditions', tmj.id)).toEqual(before)

    const fresh = await getJson(
      url(`/conditions/${tmj.id}?draft=true&depth=0`),
      bearer(fx.reviewer),
    )
    const published = await sendJson(
      'PATCH',
      url(`/conditions/${tmj.id}`),
      { _status: 'published' },
      { ...bearer(fx.reviewer), 'if-match': fresh.headers.get('etag')! },
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    expect((await fx.publicRead('conditions', 'tmj-disorder')).summary).toBe('Changed afterwards.')
  })
})
