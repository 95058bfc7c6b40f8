import { describe, expect, test } from 'vitest'

import { reviewStatusOf } from './reviewStatus'

const at = new Date('2026-06-01T12:00:00.000Z')

describe('reviewStatusOf', () => {
  test.each([
    ['2027-06-01T12:00:00.000Z', 'current'],
    ['2026-07-01T12:00:01.000Z', 'current'],
    ['2026-07-01T12:00:00.000Z', 'due'],
    ['2026-06-01T12:00:01.000Z', 'due'],
    ['2026-06-01T12:00:00.000Z', 'overdue'],
    ['2025-01-01T00:00:00.000Z', 'overdue'],
  ])('should call a review due at %s %s', (due, expected) => {
    expect(reviewStatusOf(due, at)).toBe(expected)
  })

  test.each([null, undefined, '', 'soon'])('should give no status for %j', (due) => {
    expect(reviewStatusOf(due, at)).toBeNull()
  })
})
