import type { CollectionAfterChangeHook } from 'payload'

import { titleFields, type SyndicatedCollection } from '../syndication/shape/syndicatedCollections'
import { notificationQueue } from './reviewTasks'

/**
 * When a save moves a document into "In review", queue the mail to reviewers. Queued with the
 * request, so the job exists only if the save commits; sent by the jobs runner, so a slow or
 * absent mail server never slows the editor's save. The key names this transition (the version
 * saved), so the same transition is never mailed twice.
 */
export const queueInReviewMail: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  req,
}) => {
  if (doc?.workflowStatus !== 'in-review' || previousDoc?.workflowStatus === 'in-review') return doc
  const user = req.user as { name?: string | null; email?: string } | null | undefined
  const titleField = titleFields[collection.slug as SyndicatedCollection] ?? 'id'
  await req.payload.jobs.queue({
    task: 'notifyInReview',
    queue: notificationQueue,
    input: {
      collection: collection.slug,
      id: String(doc.id),
      title: String(doc[titleField] ?? doc.id),
      by: user?.name || user?.email || '',
      key: `in-review:${collection.slug}:${doc.id}:${doc.updatedAt}`,
    },
    req,
  })
  return doc
}
