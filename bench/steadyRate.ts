import { Agent, request } from 'node:http'

import type { Measurement } from './measure'

export type SteadyRateOptions = {
  url: string
  headers?: Record<string, string>
  requestsPerSecond: number
  seconds: number
  /** Keep-alive connections at most (more requests than this in flight wait for one). */
  connections: number
}

/**
 * GET requests sent at evenly spaced times whatever the answers' speed (an open loop, as wrk2
 * measures), to read a server's latency at a given load rather than at saturation. autocannon's
 * `overallRate` cannot: each connection sends back to back until it has made its share of the
 * second, then waits for the next second, so a "fixed rate" is bursts at full speed.
 *
 * Latency runs from the time a request was due, not from when it left: a request held up because
 * the server (or this process) fell behind counts the wait. Due times are spread over each
 * millisecond tick of the timer, so a request is sent at most a tick late.
 */
export async function measureAtSteadyRate({
  url,
  headers = {},
  requestsPerSecond,
  seconds,
  connections,
}: SteadyRateOptions): Promise<Measurement> {
  const total = Math.round(requestsPerSecond * seconds)
  const intervalMs = 1000 / requestsPerSecond
  const agent = new Agent({ keepAlive: true, maxSockets: connections })
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  let sent = 0
  let settled = 0
  const startedAt = performance.now()

  const sendOne = (dueAt: number, whenSettled: () => void) => {
    const settle = () => {
      settled++
      whenSettled()
    }
    request(url, { agent, headers }, (response) => {
      response.resume()
      response.once('end', () => {
        latencies.push(performance.now() - dueAt)
        const group = `${Math.floor((response.statusCode ?? 0) / 100)}xx`
        statuses[group] = (statuses[group] ?? 0) + 1
        settle()
      })
    })
      .once('error', () => {
        errors++
        settle()
      })
      .end()
  }

  await new Promise<void>((resolve) => {
    const whenSettled = () => {
      if (settled === total) resolve()
    }
    const timer = setInterval(() => {
      const now = performance.now()
      // Everything due by now goes now: the timer ticks about every millisecond, and later when
      // this process is busy.
      while (sent < total && startedAt + sent * intervalMs <= now) {
        sendOne(startedAt + sent * intervalMs, whenSettled)
        sent++
      }
      if (sent === total) clearInterval(timer)
    }, 1)
  })
  agent.destroy()

  const elapsedSeconds = (performance.now() - startedAt) / 1000
  return {
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    statuses,
    errors,
    timeouts: 0,
  }
}

/** The `p`th percentile (nearest rank) of `values` in milliseconds, to 0.1 ms; 0 for none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return Math.round(sorted[rank - 1] * 10) / 10
}
