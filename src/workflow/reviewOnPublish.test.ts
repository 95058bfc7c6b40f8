import { describe, expect, test } from 'vitest'

import { reviewOnPublish } from './reviewOnPublish'

const at = new Date('2026-06-01T12:00:00.000Z')
const reviewer = { id: 'rev-1', name: ' Dr. Ana Ruiz ' }

describe('reviewOnPublish by a reviewer', () => {
  test('should record the reviewer and set the next review 12 months on', () => {
    expect(reviewOnPublish({ reviewer, at, submittedNextReviewDue: null, previous: {} })).toEqual({
      reviewedBy: 'rev-1',
      reviewerName: 'Dr. Ana Ruiz',
      lastReviewed: '2026-06-01T12:00:00.000Z',
      nextReviewDue: '2027-06-01T12:00:00.000Z',
    })
  })

  test.each([
    ['a date the reviewer picked', '2026-12-01T00:00:00.000Z', '2026-12-01T00:00:00.000Z'],
    [
      'the date left over from the last review',
      '2026-06-15T00:00:00.000Z',
      '2027-06-01T12:00:00.000Z',
    ],
    ['a date in the past', '2026-01-01T00:00:00.000Z', '2027-06-01T12:00:00.000Z'],
    ['no date', null, '2027-06-01T12:00:00.000Z'],
  ])('should, given %s, set the next review to %s', (_case, submitted, expected) => {
    const record = reviewOnPublish({
      reviewer,
      at,
      submittedNextReviewDue: submitted,
      previous: { nextReviewDue: '2026-06-15T00:00:00.000Z' },
    })
    expect(record.nextReviewDue).toBe(expected)
  })

  test('should leave the name empty for a reviewer without one', () => {
    const record = reviewOnPublish({
      reviewer: { id: 7, name: '  ' },
      at,
      submittedNextReviewDue: null,
      previous: {},
    })
    expect(record).toMatchObject({ reviewedBy: 7, reviewerName: null })
  })
})

describe('reviewOnPublish by the system (seed)', () => {
  test('should invent no review and make a never-reviewed document due at once', () => {
    expect(
      reviewOnPublish({ reviewer: null, at, submittedNextReviewDue: null, previous: {} }),
    ).toEqual({
      reviewedBy: null,
      reviewerName: null,
      lastReviewed: null,
      nextReviewDue: '2026-06-01T12:00:00.000Z',
    })
  })

  test('should keep an earlier clinical review as it was', () => {
    const previous = {
      reviewedBy: 'rev-1',
      reviewerName: 'Dr. Ana Ruiz',
      lastReviewed: '2026-01-01T00:00:00.000Z',
      nextReviewDue: '2027-01-01T00:00:00.000Z',
    }
    expect(reviewOnPublish({ reviewer: null, at, submittedNextReviewDue: null, previous })).toEqual(
      previous,
    )
  })
})
