import { addMonths, defaultReviewIntervalMonths, toDate } from './reviewDates'

export type ReviewRecord = {
  reviewedBy: string | number | null
  reviewerName: string | null
  lastReviewed: string | null
  nextReviewDue: string | null
}

type Reviewer = { id: string | number; name?: string | null } | null

type Input = {
  /** The clinician publishing, or null when the system publishes (seed, migrations). */
  reviewer: Reviewer
  at: Date
  /** nextReviewDue as submitted with this publish. */
  submittedNextReviewDue: unknown
  /** The review record before this publish. */
  previous: Partial<ReviewRecord>
}

/**
 * The review record a publish leaves behind. A reviewer's publish is a review: it records who and
 * when, and sets the next review 12 months on unless the reviewer picked another future date in
 * this edit. A publish by the system (the seed) is not a review: it invents no reviewer and no
 * review date, and makes a never-reviewed document due at once so clinicians see it in the
 * overdue list.
 */
export function reviewOnPublish({
  reviewer,
  at,
  submittedNextReviewDue,
  previous,
}: Input): ReviewRecord {
  const submitted = toDate(submittedNextReviewDue)
  const before = toDate(previous.nextReviewDue)
  const reviewerChoseDate =
    submitted !== null &&
    submitted.getTime() > at.getTime() &&
    (before === null || submitted.getTime() !== before.getTime())

  if (!reviewer) {
    return {
      reviewedBy: previous.reviewedBy ?? null,
      reviewerName: previous.reviewerName ?? null,
      lastReviewed: previous.lastReviewed ?? null,
      nextReviewDue: (before ?? at).toISOString(),
    }
  }
  return {
    reviewedBy: reviewer.id,
    reviewerName: reviewer.name?.trim() || null,
    lastReviewed: at.toISOString(),
    nextReviewDue: (reviewerChoseDate
      ? submitted
      : addMonths(at, defaultReviewIntervalMonths)
    ).toISOString(),
  }
}
