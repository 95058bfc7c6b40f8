import { once } from 'node:events'
import type { AddressInfo } from 'node:net'

import express from 'express'
import { MemoryStore, rateLimit } from 'express-rate-limit'
import { describe, expect, test } from 'vitest'

import { draft8Headers } from './draft8Headers'

/** Headers express-rate-limit itself sends for `hits` requests in one window, and its store. */
async function expressRateLimitHeaders(options: { name: string; limit: number; hits: number }) {
  const store = new MemoryStore()
  const app = express()
  app.use(
    rateLimit({
      store,
      windowMs: 60_000,
      limit: options.limit,
      keyGenerator: () => 'key:42',
      identifier: options.name,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
    }),
  )
  app.get('/', (_req, res) => res.send('ok'))
  const server = app.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  let headers = new Headers()
  for (let hit = 0; hit < options.hits; hit++) {
    const response = await fetch(`http://127.0.0.1:${port}/`)
    await response.arrayBuffer()
    headers = response.headers
  }
  server.close()
  const { totalHits, resetTime } = (await store.get('key:42'))!
  return { headers, totalHits, resetTime }
}

describe('draft8Headers', () => {
  test.each([
    { name: 'standard', limit: 100, hits: 1 },
    { name: 'premium', limit: 3, hits: 3 },
    { name: 'benchmark-unlimited', limit: 1_000_000_000, hits: 2 },
  ])('should write what express-rate-limit writes ($name, $hits of $limit)', async (options) => {
    const { headers, totalHits, resetTime } = await expressRateLimitHeaders(options)
    const ours = draft8Headers({
      name: options.name,
      limit: options.limit,
      totalHits,
      resetTime,
      windowMs: 60_000,
      key: 'key:42',
    })
    expect(ours).toEqual([
      'RateLimit',
      headers.get('ratelimit'),
      'RateLimit-Policy',
      headers.get('ratelimit-policy'),
    ])
  })

  test('should count down to 0 remaining, never below', () => {
    const [, rateLimit] = draft8Headers(
      { name: 'trial', limit: 5, totalHits: 9, resetTime: undefined, windowMs: 60_000, key: 'k' },
      0,
    )
    expect(rateLimit).toBe('"trial"; r=0; t=60')
  })
})
