import { describe, expect, test } from 'vitest'

import { statedDurations } from './textDurations'

describe('statedDurations', () => {
  test.each([
    ['up to four months', { min: null, max: 4, unit: 'months' }],
    ['anywhere from 3-6 months', { min: 3, max: 6, unit: 'months' }],
    ['within one to three days', { min: 1, max: 3, unit: 'days' }],
    ['tender for 1-2 hours', { min: 1, max: 2, unit: 'hours' }],
    ['may take two weeks', { min: 2, max: 2, unit: 'weeks' }],
  ])('should read %j', (text, expected) => {
    expect(statedDurations(text)).toMatchObject([expected])
  })

  test('should read nothing from text without a span of time', () => {
    expect(statedDurations('millions of patients, three times')).toEqual([])
  })
})
