import { describe, expect, test } from 'vitest'

import { createSignInDelays, delayFor, signInDelayPolicy } from './signInDelay'

describe('delayFor', () => {
  test.each([
    [1, 0],
    [3, 0],
    [4, 1_000],
    [5, 2_000],
    [6, 4_000],
    [9, 30_000],
    [50, 30_000],
  ])('should make attempt %i wait %i ms', (attempts, delay) => {
    expect(delayFor(attempts)).toBe(delay)
  })
})

describe('createSignInDelays', () => {
  test('should slow one address for one account and leave other addresses alone', () => {
    const delays = createSignInDelays()
    const waits = [1, 2, 3, 4, 5].map(() => delays.attempt('203.0.113.7', 'rita@clinic.test', 0))
    expect(waits).toEqual([0, 0, 0, 1_000, 2_000])
    expect(delays.attempt('198.51.100.20', 'Rita@clinic.test', 0)).toBe(0)
    expect(delays.attempt('203.0.113.7', 'alex@clinic.test', 0)).toBe(0)
  })

  test('should forget a pair after a success or a quiet spell', () => {
    const delays = createSignInDelays()
    for (let i = 0; i < 5; i++) delays.attempt('a', 'rita', 0)
    delays.succeeded('a', 'RITA')
    expect(delays.attempt('a', 'rita', 0)).toBe(0)
    for (let i = 0; i < 5; i++) delays.attempt('b', 'rita', 0)
    expect(delays.attempt('b', 'rita', signInDelayPolicy.forgetAfterMs + 1)).toBe(0)
  })

  test('should keep at most the given number of pairs', () => {
    const delays = createSignInDelays(signInDelayPolicy, 2)
    for (let i = 0; i < 5; i++) delays.attempt('a', 'rita', 0)
    delays.attempt('b', 'x', 0)
    delays.attempt('c', 'y', 0)
    expect(delays.attempt('a', 'rita', 0)).toBe(0)
  })
})
