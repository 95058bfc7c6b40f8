import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { setClock } from '../../src/lib/clock'
import { sendJson } from '../helpers/http'
import { reviewAndPublish } from '../helpers/review'
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtpCapture'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Issue 9: "Nothing tells a reviewer what to do." Reviewers get a mail when a document goes
 * "In review" and a daily digest of reviews due; each at most once per document and state, even
 * when jobs are replayed or run by two processes at once (the log's unique key decides).
 */
let smtp: SmtpCapture
let server: TestServer
let editor: StaffMember
let reviewers: StaffMember[]

const condition = (slug: string) => ({
  name: `Condition ${slug}`,
  slug,
  summary: 'A summary.',
  indication: { status: 'unknown' },
})
const runNotifications = () => server.payload.jobs.run({ queue: 'notifications' })
const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address))

beforeAll(async () => {
  smtp = await startSmtpCapture()
  process.env.SMTP_URL = smtp.url
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  reviewers = [
    await signInAs(server.payload, server.baseUrl, 'reviewer'),
    await signInAs(server.payload, server.baseUrl, 'reviewer'),
  ]
})
afterAll(async () => {
  await server?.close()
  await smtp?.close()
  delete process.env.SMTP_URL
})

describe('mail when a document goes in review', () => {
  test('should mail every reviewer once, with a link to the document in the admin', async () => {
    const created = await sendJson(
      'POST',
      `${server.baseUrl}/api/conditions?draft=true`,
      condition('bruxism'),
      bearer(editor),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const sendForReview = (data: object) =>
      sendJson('PATCH', `${server.baseUrl}/api/conditions/${id}?draft=true`, data, bearer(editor))

    expect((await sendForReview({ workflowStatus: 'in-review' })).status).toBe(200)
    // Saved again while still in review: no second mail.
    expect((await sendForReview({ summary: 'A better summary.' })).status).toBe(200)
    await runNotifications()

    const mail = await smtp.waitFor((candidate) => candidate.subject.startsWith('Ready for review'))
    expect(mail.to.sort()).toEqual(reviewers.map(({ email }) => email).sort())
    expect(mail.subject).toBe('Ready for review: Condition bruxism (Condition)')
    expect(mail.body).toContain(`/admin/collections/conditions/${id}`)
    expect(mail.body).toContain(editor.email.split('@')[0])

    // The same job replayed (a restart, a second process): the log's key stops a second mail.
    const [sent] = (
      await server.payload.find({
        collection: 'notification-log' as 'users',
        where: { key: { like: 'in-review:conditions' } },
        overrideAccess: true,
      })
    ).docs as unknown as { key: string }[]
    expect(sent.key).toMatch(new RegExp(`^in-review:conditions:${id}:`))
    const input = {
      collection: 'conditions',
      id: String(id),
      title: 'Condition bruxism',
      key: sent.key,
    }
    await server.payload.jobs.queue({
      task: 'notifyInReview',
      queue: 'notifications',
      input,
    } as never)
    await runNotifications()
    expect(mailsTo(reviewers[0].email).filter((m) => m.subject.startsWith('Ready'))).toHaveLength(1)
  })
})

describe('daily digest of reviews due', () => {
  test('should list overdue and soon-due documents once, even when two runs race', async () => {
    const at = new Date()
    const day = 24 * 60 * 60 * 1000
    const dates = {
      'overdue-one': new Date(at.getTime() - 3 * day),
      'due-soon': new Date(at.getTime() + 11 * day),
      'not-yet': new Date(at.getTime() + 200 * day),
    }
    for (const [slug, due] of Object.entries(dates)) {
      const doc = await server.payload.create({
        collection: 'conditions',
        data: condition(slug) as never,
        draft: true,
        overrideAccess: true,
      })
      // Reviewed the day before its due date, as if that were today: the date is kept.
      const restoreClock = setClock(() => new Date(due.getTime() - day))
      try {
        await reviewAndPublish(server.payload, 'conditions', doc.id, {
          nextReviewDue: due.toISOString(),
        })
      } finally {
        restoreClock()
      }
    }
    const restore = setClock(() => at)
    try {
      for (let run = 0; run < 2; run += 1) {
        await server.payload.jobs.queue({
          task: 'reviewDigest',
          queue: 'notifications',
          input: {},
        } as never)
      }
      // Both digest jobs run at once, as two server processes would.
      await runNotifications()
      await runNotifications()
    } finally {
      restore()
    }
    const digests = mailsTo(reviewers[0].email).filter((m) => m.subject.startsWith('Reviews due'))
    expect(digests).toHaveLength(1)
    expect(digests[0].subject).toBe('Reviews due: 1 overdue, 1 due within 30 days')
    expect(digests[0].body).toMatch(/Condition overdue-one \(Condition\): overdue by 3 days/)
    expect(digests[0].body).toMatch(/Condition due-soon \(Condition\): due in 11 days/)
    expect(digests[0].body).not.toContain('not-yet')
  })
})

describe("the scheduler's bookkeeping", () => {
  test('should not let staff write or read the jobs statistics Payload keeps for schedules', async () => {
    const url = `${server.baseUrl}/api/globals/payload-jobs-stats`
    const written = await sendJson('POST', url, { stats: { forged: true } }, bearer(editor))
    expect(written.status).toBe(403)
    const read = await fetch(url, { headers: bearer(editor) })
    expect(read.status).toBe(403)
  })
})
