import type { CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '../access/roles'
import { now } from '../lib/clock'
import { reviewOnPublish } from '../workflow/reviewOnPublish'

type Doc = Record<string, unknown> | undefined

/**
 * Publishing is the clinical review: when a document goes (or stays) live, record who reviewed it
 * and when, and when it is next due. A draft save leaves the review record alone and marks the
 * workflow as back in draft unless the editor sent it for review.
 */
export const recordReview: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const previous = originalDoc as Doc
  const resultStatus = data._status ?? previous?._status
  if (resultStatus !== 'published') {
    const workflow = data.workflowStatus ?? previous?.workflowStatus
    return {
      ...data,
      workflowStatus: workflow === 'in-review' ? 'in-review' : 'draft',
    }
  }

  // Someone without the reviewer role who gets here used overrideAccess (the seed, a script):
  // that is not a clinical review, so no reviewer is recorded.
  const user = req.user as { id: string | number; name?: string | null } | null | undefined
  const reviewer = user && hasRole(req.user, 'admin', 'reviewer') ? user : null
  const record = reviewOnPublish({
    reviewer: reviewer ? { id: reviewer.id, name: reviewer.name } : null,
    at: now(),
    submittedNextReviewDue: data.nextReviewDue,
    previous: {
      reviewedBy: idOf(previous?.reviewedBy),
      reviewerName: (previous?.reviewerName as string | null | undefined) ?? null,
      lastReviewed: (previous?.lastReviewed as string | null | undefined) ?? null,
      nextReviewDue: (previous?.nextReviewDue as string | null | undefined) ?? null,
    },
  })
  return { ...data, ...record, workflowStatus: 'published' }
}

function idOf(value: unknown): string | number | null {
  if (value && typeof value === 'object' && 'id' in value)
    return (value as { id: string | number }).id
  return typeof value === 'string' || typeof value === 'number' ? value : null
}
