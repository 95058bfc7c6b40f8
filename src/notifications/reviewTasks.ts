import type { Payload, TaskConfig } from 'payload'

import { now } from '../lib/clock'
import { syndicatedCollections, titleFields } from '../syndication/shape/syndicatedCollections'
import { addDays, dueWindowDays } from '../workflow/reviewDates'
import { reviewStatusOf } from '../workflow/reviewStatus'
import { adminLink, reviewerAddresses } from './reviewers'
import { digestMail, inReviewMail, type DueDocument } from './reviewMails'
import { release, reserve, sendForNewKeys } from './sendOnce'

export const notificationQueue = 'notifications'

const labelOf = (payload: Payload, collection: string) => {
  const label = payload.collections[collection as 'conditions']?.config.labels?.singular
  return typeof label === 'string' ? label : collection
}

/** Mails reviewers that a document is waiting for them (queued by queueInReviewMail). */
/** Typed by shape, not by the generated task list, so this file does not wait for `npm run generate`. */
type InReviewIO = {
  input: { collection: string; id: string; title: string; by?: string; key: string }
  output: { sent: number }
}

export const notifyInReviewTask: TaskConfig<InReviewIO> = {
  slug: 'notifyInReview',
  label: 'Mail reviewers: document in review',
  retries: 5,
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'by', type: 'text' },
    { name: 'key', type: 'text', required: true },
  ],
  handler: async ({ input, req }) => {
    const { collection, id, title, by, key } = input
    const doc = {
      key,
      collectionLabel: labelOf(req.payload, collection),
      title,
      link: adminLink(collection, id),
    }
    const to = await reviewerAddresses(req.payload)
    const sent = await sendForNewKeys(req.payload, [doc], () => ({
      to,
      ...inReviewMail(doc, by || undefined),
    }))
    return { output: { sent: sent.length } }
  },
}

/** The documents overdue for review or due within 30 days, with the key of their state. */
async function dueDocuments(payload: Payload, at: Date) {
  const horizon = addDays(at, dueWindowDays).toISOString()
  const found: (DueDocument & { key: string })[] = []
  for (const collection of syndicatedCollections) {
    const { docs } = await payload.find({
      collection,
      where: { nextReviewDue: { less_than_equal: horizon } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const status = reviewStatusOf(doc.nextReviewDue, at)
      if (status !== 'due' && status !== 'overdue') continue
      const due = new Date(String(doc.nextReviewDue))
      found.push({
        collectionLabel: labelOf(payload, collection),
        title: String(doc[titleFields[collection]] ?? doc.id),
        link: adminLink(collection, doc.id as string),
        due,
        status,
        // A new review date is a new state: the document is mailed again when it comes due again.
        key: `digest:${collection}:${doc.id}:${status}:${due.toISOString().slice(0, 10)}`,
      })
    }
  }
  return found
}

/**
 * Once a day: one mail to reviewers listing the documents that became due or overdue since the
 * last digest. Each document is listed once per state (its key in notification-log), and the day
 * has a key too, so two processes running the schedule send one digest, not two halves.
 */
export const reviewDigestTask = (
  cron: string,
): TaskConfig<{ input: object; output: { listed: number } }> => ({
  slug: 'reviewDigest',
  label: 'Mail reviewers: reviews due',
  retries: 3,
  schedule: [{ cron, queue: notificationQueue }],
  handler: async ({ req }) => {
    const { payload } = req
    const at = now()
    // One digest a day, whichever process or retry gets here first.
    const runKey = `digest-run:${at.toISOString().slice(0, 10)}`
    if (!(await reserve(payload, runKey, 'daily digest'))) return { output: { listed: 0 } }
    try {
      const documents = await dueDocuments(payload, at)
      const to = await reviewerAddresses(payload)
      const listed = await sendForNewKeys(payload, documents, (fresh) => ({
        to,
        ...digestMail(fresh, at),
      }))
      return { output: { listed: listed.length } }
    } catch (error) {
      await release(payload, [runKey])
      throw error
    }
  },
})
