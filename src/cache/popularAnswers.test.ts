import type { IncomingMessage } from 'node:http'
import { describe, expect, test } from 'vitest'

import { PopularAnswers } from './popularAnswers'

const request = { socket: { localAddress: '127.0.0.1', localPort: 3000 } } as IncomingMessage
const readTimes = (popular: PopularAnswers, key: string, times: number) => {
  for (let index = 0; index < times; index += 1) {
    popular.record(key, request, () => ({ url: `/api/${key}`, headers: {} }))
  }
}

describe('PopularAnswers', () => {
  test('should rank keys by reads and give back how to ask for them', () => {
    const popular = new PopularAnswers()
    readTimes(popular, 'a', 1)
    readTimes(popular, 'b', 5)
    readTimes(popular, 'c', 3)
    expect(popular.takeMostRead(2)).toEqual([
      { key: 'b', recipe: { url: '/api/b', headers: {} } },
      { key: 'c', recipe: { url: '/api/c', headers: {} } },
    ])
    expect(popular.serverAddress).toEqual({ host: '127.0.0.1', port: 3000 })
  })

  test('should halve the counts each time, so the ranking follows recent reads', () => {
    const popular = new PopularAnswers()
    readTimes(popular, 'once-popular', 8)
    popular.takeMostRead(1)
    readTimes(popular, 'popular-now', 6)
    expect(popular.takeMostRead(1)[0].key).toBe('popular-now')
  })

  test('should count no more keys than its bound', () => {
    const popular = new PopularAnswers(2)
    for (const key of ['a', 'b', 'c']) readTimes(popular, key, 1)
    expect(popular.takeMostRead(10).map(({ key }) => key)).toEqual(['a', 'b'])
  })
})
