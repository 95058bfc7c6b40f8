import { describe, expect, test } from 'vitest'

import { parseKeyRequest } from './keyRequest'

const now = new Date('2026-06-01T00:00:00Z')

describe('parseKeyRequest', () => {
  test.each([
    ['no body', undefined, { label: null, expiresAt: null, rotate: false, overlapHours: 24 }],
    [
      'a label and expiry',
      { label: ' website ', expiresAt: '2027-01-01T00:00:00Z' },
      { label: 'website', expiresAt: '2027-01-01T00:00:00.000Z', rotate: false, overlapHours: 24 },
    ],
    [
      'a rotation with overlap',
      { rotate: true, overlapHours: 2 },
      { label: null, expiresAt: null, rotate: true, overlapHours: 2 },
    ],
  ])('should accept %s', (_name, body, expected) => {
    expect(parseKeyRequest(body, now)).toEqual(expected)
  })

  test.each([
    ['an array', []],
    ['a string', 'key please'],
    ['an unknown field', { scopes: ['faqs'] }],
    ['a past expiry', { expiresAt: '2020-01-01T00:00:00Z' }],
    ['a malformed expiry', { expiresAt: 'tomorrow' }],
    ['a numeric label', { label: 5 }],
    ['a string rotate', { rotate: 'yes' }],
    ['a negative overlap', { rotate: true, overlapHours: -1 }],
    ['an overlap without rotation', { overlapHours: 3 }],
  ])('should refuse %s with a message', (_name, body) => {
    expect(typeof parseKeyRequest(body, now)).toBe('string')
  })
})
