import { describe, expect, test } from 'vitest'

import { alternatingRounds, medianRound } from './alternatingRounds'

describe('alternatingRounds', () => {
  test('should alternate who is measured first, tell each measurement its round and give each round its ratio', async () => {
    const order: string[] = []
    const rates = { ours: [200, 300, 250], theirs: [100, 100, 125] }
    const next = (side: 'ours' | 'theirs') => async (round: number) => {
      order.push(`${side} ${round}`)
      return { requestsPerSecond: rates[side][round] }
    }
    const rounds = await alternatingRounds(3, next('ours'), next('theirs'))
    expect(order).toEqual(['theirs 0', 'ours 0', 'ours 1', 'theirs 1', 'theirs 2', 'ours 2'])
    expect(rounds.map(({ ratio }) => ratio)).toEqual([2, 3, 2])
  })
})

describe('medianRound', () => {
  const round = (ratio: number) => ({ ours: ratio, theirs: 1, ratio })

  test('should pick the middle ratio of an odd count, whatever the order', () => {
    expect(medianRound([round(2.4), round(1.1), round(1.9)]).ratio).toBe(1.9)
  })

  test('should pick the lower middle of an even count', () => {
    expect(medianRound([round(3), round(1), round(2), round(4)]).ratio).toBe(2)
  })

  test('should refuse an empty list', () => {
    expect(() => medianRound([])).toThrow(/no rounds/)
  })
})
