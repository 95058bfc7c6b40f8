import { describe, expect, test } from 'vitest'

import { describeReviewDue } from './describeReviewDue'

const at = new Date('2026-11-30T15:00:00Z')

describe('describeReviewDue', () => {
  test.each([
    ['2027-11-30T00:00:00Z', 'due in 12 months'],
    ['2027-10-30T00:00:00Z', 'due in 11 months'],
    ['2026-12-21T00:00:00Z', 'due in 3 weeks'],
    ['2026-12-05T00:00:00Z', 'due in 5 days'],
    ['2026-12-01T00:00:00Z', 'due tomorrow'],
    ['2026-11-30T18:00:00Z', 'due today'],
    ['2026-11-30T09:00:00Z', 'overdue since today'],
    ['2026-11-29T23:00:00Z', 'overdue by 1 day'],
    ['2026-11-27T00:00:00Z', 'overdue by 3 days'],
    ['2024-11-30T00:00:00Z', 'overdue by 2 years'],
  ])('should describe %s as "%s"', (due, words) => {
    expect(describeReviewDue(due, at)).toBe(words)
  })

  test.each([[null], [''], ['not a date'], [undefined]])(
    'should say nothing for %j (never reviewed)',
    (due) => {
      expect(describeReviewDue(due, at)).toBeNull()
    },
  )
})
