import { describe, expect, test } from 'vitest'

import { LocalCounts } from './localCounts'

const windowMs = 60_000
const start = 1_700_000_000_000

describe('LocalCounts', () => {
  test('should count each key on its own, in a window that starts at its first request', () => {
    const counts = new LocalCounts()
    expect(counts.increment('a', windowMs, start).totalHits).toBe(1)
    expect(counts.increment('a', windowMs, start + 10).totalHits).toBe(2)
    const other = counts.increment('b', windowMs, start + 20)
    expect(other.totalHits).toBe(1)
    expect(other.resetTime?.getTime()).toBe(start + 20 + windowMs)
    expect(counts.increment('a', windowMs, start + 30).resetTime?.getTime()).toBe(start + windowMs)
  })

  test('should start a new window once the old one ended', () => {
    const counts = new LocalCounts()
    counts.increment('a', windowMs, start)
    counts.increment('a', windowMs, start + 1)
    const next = counts.increment('a', windowMs, start + windowMs)
    expect(next.totalHits).toBe(1)
    expect(next.resetTime?.getTime()).toBe(start + 2 * windowMs)
  })

  test('should take a count back, never below zero, and forget a reset key', () => {
    const counts = new LocalCounts()
    counts.increment('a', windowMs, start)
    counts.increment('a', windowMs, start)
    counts.decrement('a')
    expect(counts.increment('a', windowMs, start).totalHits).toBe(2)
    counts.decrement('a')
    counts.decrement('a')
    counts.decrement('a')
    expect(counts.increment('a', windowMs, start).totalHits).toBe(1)
    counts.reset('a')
    expect(counts.increment('a', windowMs, start).totalHits).toBe(1)
  })

  test('should forget keys whose window ended, at most once a window', () => {
    const counts = new LocalCounts()
    counts.increment('old', windowMs, start)
    counts.increment('mid', windowMs, start + windowMs / 2)
    counts.increment('x', windowMs, start + windowMs)
    expect(counts.size).toBe(2) // 'old' ended and was forgotten; 'mid' has not ended
    counts.increment('y', windowMs, start + 1.6 * windowMs)
    expect(counts.size).toBe(3) // 'mid' ended, but the last clean-up was less than a window ago
    counts.increment('z', windowMs, start + 2 * windowMs)
    expect(counts.size).toBe(2) // 'mid' and 'x' forgotten; 'y' and 'z' go on
  })
})
