import type { Where } from 'payload'
import { describe, expect, test } from 'vitest'

import { ReviewStatusFilterError, rewriteReviewStatusWhere } from './reviewStatusWhere'

const at = new Date('2026-06-01T00:00:00.000Z')
const now = '2026-06-01T00:00:00.000Z'
const in30Days = '2026-07-01T00:00:00.000Z'
const overdue = { nextReviewDue: { less_than_equal: now } }
const due = {
  and: [{ nextReviewDue: { greater_than: now } }, { nextReviewDue: { less_than_equal: in30Days } }],
}
const current = { nextReviewDue: { greater_than: in30Days } }
const noDate = { nextReviewDue: { exists: false } }

describe('rewriteReviewStatusWhere', () => {
  test.each([
    ['equals overdue', { equals: 'overdue' }, { or: [overdue] }],
    ['equals due', { equals: 'due' }, { or: [due] }],
    ['in due,overdue', { in: 'due,overdue' }, { or: [due, overdue] }],
    ['in [current]', { in: ['current'] }, { or: [current] }],
    ['not_equals overdue', { not_equals: 'overdue' }, { or: [current, due, noDate] }],
    ['exists true', { exists: 'true' }, { nextReviewDue: { exists: true } }],
  ])('should turn %s into a nextReviewDue range', (_case, filter, expected) => {
    expect(rewriteReviewStatusWhere({ reviewStatus: filter }, at)).toEqual({ and: [expected] })
  })

  test('should rewrite inside and/or and leave other conditions alone', () => {
    const where: Where = {
      slug: { equals: 'bruxism' },
      or: [{ reviewStatus: { equals: 'overdue' } }, { _status: { equals: 'draft' } }],
    }
    expect(rewriteReviewStatusWhere(where, at)).toEqual({
      slug: { equals: 'bruxism' },
      or: [{ and: [{ or: [overdue] }] }, { _status: { equals: 'draft' } }],
    })
  })

  test('should leave a filter without reviewStatus unchanged', () => {
    expect(rewriteReviewStatusWhere({ slug: { like: 'tmj' } }, at)).toEqual({
      slug: { like: 'tmj' },
    })
    expect(rewriteReviewStatusWhere(undefined, at)).toBeUndefined()
  })

  test.each([
    [{ equals: 'late' }, /current, due or overdue/],
    [{ in: 'due,soon' }, /not "soon"/],
    [{ like: 'over' }, /not "like"/],
  ])('should refuse %j with a message naming what works', (filter, message) => {
    expect(() => rewriteReviewStatusWhere({ reviewStatus: filter }, at)).toThrow(
      ReviewStatusFilterError,
    )
    expect(() => rewriteReviewStatusWhere({ reviewStatus: filter }, at)).toThrow(message)
  })
})
