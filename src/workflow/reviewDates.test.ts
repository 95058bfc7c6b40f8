import { describe, expect, test } from 'vitest'

import { addMonths, toDate } from './reviewDates'

describe('addMonths', () => {
  test.each([
    ['2026-03-15T09:00:00.000Z', 12, '2027-03-15T09:00:00.000Z'],
    ['2026-01-31T00:00:00.000Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2027-01-31T00:00:00.000Z', 1, '2027-02-28T00:00:00.000Z'],
    ['2028-02-29T12:00:00.000Z', 12, '2029-02-28T12:00:00.000Z'],
    ['2026-11-30T00:00:00.000Z', 3, '2027-02-28T00:00:00.000Z'],
    ['2026-12-01T00:00:00.000Z', 1, '2027-01-01T00:00:00.000Z'],
  ])('should move %s by %i months to %s', (start, months, expected) => {
    expect(addMonths(new Date(start), months).toISOString()).toBe(expected)
  })
})

describe('toDate', () => {
  test.each([null, undefined, '', 'not a date', 42, {}])('should read %j as no date', (value) => {
    expect(toDate(value)).toBeNull()
  })

  test('should read ISO strings and dates', () => {
    expect(toDate('2026-05-01T00:00:00.000Z')?.toISOString()).toBe('2026-05-01T00:00:00.000Z')
    expect(toDate(new Date(0))?.getTime()).toBe(0)
  })
})
