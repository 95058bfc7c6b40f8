import { addDays, dueWindowDays, toDate } from './reviewDates'

export const reviewStatuses = ['current', 'due', 'overdue'] as const
export type ReviewStatus = (typeof reviewStatuses)[number]

/**
 * Where a document stands against its next clinical review: `overdue` once the date has passed,
 * `due` within the last 30 days before it, `current` before that. A document with no review date
 * (a draft never published) has no status.
 */
export function reviewStatusOf(nextReviewDue: unknown, at: Date): ReviewStatus | null {
  const due = toDate(nextReviewDue)
  if (!due) return null
  if (due.getTime() <= at.getTime()) return 'overdue'
  if (due.getTime() <= addDays(at, dueWindowDays).getTime()) return 'due'
  return 'current'
}

export const isReviewStatus = (value: unknown): value is ReviewStatus =>
  typeof value === 'string' && (reviewStatuses as readonly string[]).includes(value)
