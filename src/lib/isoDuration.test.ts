import { describe, expect, test } from 'vitest'

import { isDurationUnit, toIsoDuration } from './isoDuration'

describe('toIsoDuration', () => {
  test.each([
    [1, 'days', 'P1D'],
    [3, 'days', 'P3D'],
    [2, 'weeks', 'P2W'],
    [6, 'months', 'P6M'],
    [2, 'hours', 'PT2H'],
    [30, 'minutes', 'PT30M'],
    [0, 'hours', 'PT0H'],
    [1.5, 'hours', 'PT1.5H'],
  ] as const)('should format %s %s as %s', (amount, unit, expected) => {
    expect(toIsoDuration(amount, unit)).toBe(expected)
  })

  test.each([null, undefined, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'should return null for an amount of %s',
    (amount) => {
      expect(toIsoDuration(amount, 'days')).toBeNull()
    },
  )
})

describe('isDurationUnit', () => {
  test('should accept known units and refuse others', () => {
    expect(isDurationUnit('days')).toBe(true)
    expect(isDurationUnit('years')).toBe(false)
    expect(isDurationUnit(3)).toBe(false)
  })
})
