import type { Where } from 'payload'

import { addDays, dueWindowDays } from './reviewDates'
import { isReviewStatus, type ReviewStatus } from './reviewStatus'

/**
 * `reviewStatus` is computed when a document is read, so the database cannot filter on it. This
 * turns a filter on it into the equivalent range on `nextReviewDue`, so API readers and the
 * admin list can ask for `reviewStatus equals overdue`.
 */
export function rewriteReviewStatusWhere(where: Where | undefined, at: Date): Where | undefined {
  if (!where || typeof where !== 'object') return where
  const result: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = value.map((branch) => rewriteReviewStatusWhere(branch as Where, at) as Where)
    } else if (key === 'reviewStatus' && value && typeof value === 'object') {
      const clauses = Object.entries(value as Record<string, unknown>).map(([operator, operand]) =>
        clauseFor(operator, operand, at),
      )
      result.and = [...((result.and as Where[] | undefined) ?? []), ...clauses]
    } else {
      result[key] = value as Where[string]
    }
  }
  return result
}

function rangeFor(status: ReviewStatus, at: Date): Where {
  const dueFrom = addDays(at, dueWindowDays).toISOString()
  const nowIso = at.toISOString()
  if (status === 'overdue') return { nextReviewDue: { less_than_equal: nowIso } }
  if (status === 'due') {
    return {
      and: [
        { nextReviewDue: { greater_than: nowIso } },
        { nextReviewDue: { less_than_equal: dueFrom } },
      ],
    }
  }
  return { nextReviewDue: { greater_than: dueFrom } }
}

/** A filter on `reviewStatus` that cannot be answered; its message tells the reader what works. */
export class ReviewStatusFilterError extends Error {}

const allowed = 'current, due or overdue'

function statusesIn(operator: string, operand: unknown): ReviewStatus[] {
  const items =
    operator === 'equals' || operator === 'not_equals'
      ? [operand]
      : Array.isArray(operand)
        ? operand
        : String(operand ?? '').split(',')
  const statuses = items.map((item) => String(item).trim())
  const unknown = statuses.filter((status) => !isReviewStatus(status))
  if (unknown.length > 0 || statuses.length === 0) {
    throw new ReviewStatusFilterError(
      `where[reviewStatus][${operator}] takes ${allowed}, not "${unknown.join(', ')}".`,
    )
  }
  return statuses as ReviewStatus[]
}

function clauseFor(operator: string, operand: unknown, at: Date): Where {
  if (operator === 'exists') {
    return { nextReviewDue: { exists: operand === true || operand === 'true' } }
  }
  if (!['equals', 'not_equals', 'in', 'not_in'].includes(operator)) {
    throw new ReviewStatusFilterError(
      `where[reviewStatus] supports equals, not_equals, in, not_in and exists, not "${operator}".`,
    )
  }
  const wanted = statusesIn(operator, operand)
  const negated = operator === 'not_equals' || operator === 'not_in'
  const matching = negated
    ? (['current', 'due', 'overdue'] as const).filter((status) => !wanted.includes(status))
    : wanted
  const ranges = matching.map((status) => rangeFor(status, at))
  // A document without a review date has no status, so it is "not overdue" but never "overdue".
  if (negated) ranges.push({ nextReviewDue: { exists: false } })
  return { or: ranges }
}
