import { describe, expect, test } from 'vitest'

import { expiryAfterRotation, generateApiKey, hashApiKey, keyPattern, keyRefusal } from './apiKey'

const now = new Date('2026-06-01T12:00:00Z')

describe('generateApiKey', () => {
  test('should make a key in the documented shape whose hash is not the key', () => {
    const { key, prefix, keyHash } = generateApiKey()
    expect(key).toMatch(keyPattern)
    expect(key.startsWith(`${prefix}_`)).toBe(true)
    expect(keyHash).toBe(hashApiKey(key))
    expect(keyHash).not.toContain(key.slice(prefix.length + 1))
  })

  test('should never make the same key twice', () => {
    const keys = new Set(Array.from({ length: 50 }, () => generateApiKey().key))
    expect(keys.size).toBe(50)
  })
})

describe('keyRefusal', () => {
  test.each([
    ['a key with no dates', {}, null],
    ['a key expiring later', { expiresAt: '2026-06-02T00:00:00Z' }, null],
    ['a key that expired', { expiresAt: '2026-06-01T11:59:59Z' }, 'key-expired'],
    ['a key expiring this instant', { expiresAt: '2026-06-01T12:00:00Z' }, 'key-expired'],
    ['a revoked key', { revokedAt: '2026-05-01T00:00:00Z' }, 'key-revoked'],
    [
      'a revoked and expired key',
      { revokedAt: '2026-05-01T00:00:00Z', expiresAt: '2026-05-02T00:00:00Z' },
      'key-revoked',
    ],
    ['a revocation scheduled later', { revokedAt: '2026-07-01T00:00:00Z' }, null],
  ])('should judge %s', (_name, key, expected) => {
    expect(keyRefusal(key, now)).toBe(expected)
  })
})

describe('expiryAfterRotation', () => {
  test.each([
    ['a key without expiry', null, 24, '2026-06-02T12:00:00.000Z'],
    ['a key expiring after the overlap', '2026-09-01T00:00:00Z', 1, '2026-06-01T13:00:00.000Z'],
    ['a key expiring within the overlap', '2026-06-01T12:30:00Z', 24, '2026-06-01T12:30:00.000Z'],
    ['no overlap at all', null, 0, '2026-06-01T12:00:00.000Z'],
  ])('should end %s at the right time', (_name, current, hours, expected) => {
    expect(expiryAfterRotation(current, now, hours)).toBe(expected)
  })
})
