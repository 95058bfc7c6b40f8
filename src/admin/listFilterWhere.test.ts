import { describe, expect, test } from 'vitest'

import { listFilterWhere } from './listFilterWhere'

const at = new Date('2026-11-30T12:00:00.000Z')
const now = at.toISOString()
const in30Days = '2026-12-30T12:00:00.000Z'

describe('listFilterWhere', () => {
  test('should turn "overdue" into one condition on the next review date', () => {
    expect(listFilterWhere({ reviewStatus: { equals: 'overdue' } }, at)).toEqual({
      or: [{ and: [{ nextReviewDue: { less_than_equal: now } }] }],
    })
  })

  test('should keep other conditions beside it in every alternative', () => {
    expect(
      listFilterWhere(
        { workflowStatus: { equals: 'draft' }, reviewStatus: { in: 'due,overdue' } },
        at,
      ),
    ).toEqual({
      or: [
        {
          and: [
            { workflowStatus: { equals: 'draft' } },
            { nextReviewDue: { greater_than: now } },
            { nextReviewDue: { less_than_equal: in30Days } },
          ],
        },
        {
          and: [
            { workflowStatus: { equals: 'draft' } },
            { nextReviewDue: { less_than_equal: now } },
          ],
        },
      ],
    })
  })

  test('should find the status inside the builder shape too', () => {
    expect(
      listFilterWhere({ or: [{ and: [{ reviewStatus: { equals: 'current' } }] }] }, at),
    ).toEqual({ or: [{ and: [{ nextReviewDue: { greater_than: in30Days } }] }] })
  })

  test('should leave a filter without the status alone', () => {
    expect(listFilterWhere({ or: [{ and: [{ name: { like: 'tmj' } }] }] }, at)).toBeNull()
    expect(listFilterWhere(undefined, at)).toBeNull()
  })
})
