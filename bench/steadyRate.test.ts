import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { measureAtSteadyRate, percentile } from './steadyRate'

let server: Server | undefined
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
)

/** A server answering after `delayMs`, recording when each request arrived. */
async function startServer(delayMs: number): Promise<{ url: string; arrivals: number[] }> {
  const arrivals: number[] = []
  server = createServer((_req, res) => {
    arrivals.push(performance.now())
    setTimeout(() => res.end('ok'), delayMs)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, arrivals }
}

describe('measureAtSteadyRate', () => {
  it('should spread the requests over the second rather than send them in a burst', async () => {
    const { url, arrivals } = await startServer(0)
    const result = await measureAtSteadyRate({
      url,
      requestsPerSecond: 400,
      seconds: 1,
      connections: 10,
    })
    expect(result.statuses).toEqual({ '2xx': 400 })
    expect(result.errors).toBe(0)
    // 40 are due in each tenth of a second; a burst would send all 400 in the first.
    const first = arrivals[0]
    const perTenth = new Array(10).fill(0)
    for (const at of arrivals) perTenth[Math.min(9, Math.floor((at - first) / 100))]++
    expect(Math.max(...perTenth)).toBeLessThanOrEqual(80)
    expect(arrivals.at(-1)! - first).toBeGreaterThan(900)
  })

  it('should count the time a request waited behind a server that fell behind', async () => {
    // One connection and 20 ms answers serve 50 requests a second; 100 are due each second, so
    // the later ones wait, and that wait is latency (measured from sending, all would be ~20 ms).
    const { url } = await startServer(20)
    const result = await measureAtSteadyRate({
      url,
      requestsPerSecond: 100,
      seconds: 1,
      connections: 1,
    })
    expect(result.statuses).toEqual({ '2xx': 100 })
    expect(result.p50Ms).toBeGreaterThan(20)
    expect(result.p99Ms).toBeGreaterThan(500)
  })

  it('should count a refused connection as an error, not a latency', async () => {
    const { url } = await startServer(0)
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    server = undefined
    const result = await measureAtSteadyRate({
      url,
      requestsPerSecond: 50,
      seconds: 0.2,
      connections: 2,
    })
    expect(result.errors).toBe(10)
    expect(result.statuses).toEqual({})
  })
})

describe('percentile', () => {
  it('should take the nearest rank, to a tenth of a millisecond', () => {
    const values = Array.from({ length: 100 }, (_, index) => index + 1.04)
    expect(percentile(values, 50)).toBe(50)
    expect(percentile(values, 99)).toBe(99)
    expect(percentile([3.26], 99)).toBe(3.3)
  })

  it('should answer 0 for no values', () => {
    expect(percentile([], 99)).toBe(0)
  })
})
