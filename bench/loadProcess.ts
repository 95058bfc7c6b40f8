/**
 * One autocannon run in a process of its own, started by bench/measure.ts for each measurement.
 * Reads its LoadOptions as JSON from the first argument and prints the Measurement as one JSON line.
 *   tsx bench/loadProcess.ts '{"url":"http://127.0.0.1:3106/api/conditions","seconds":5,"connections":10}'
 */
import autocannon from 'autocannon'

import type { LoadOptions, Measurement } from './measure'
import { ownProcessOptions } from './ownProcess'

const {
  url,
  method = 'GET',
  headers,
  body,
  seconds,
  connections,
} = ownProcessOptions<LoadOptions>()

const result = await autocannon({
  url,
  method,
  headers,
  body,
  duration: seconds,
  connections,
  pipelining: 1,
})
const statuses: Record<string, number> = {}
for (const group of ['1xx', '2xx', '3xx', '4xx', '5xx'] as const) {
  const count = (result as unknown as Record<string, number>)[group]
  if (count) statuses[group] = count
}
const measurement: Measurement = {
  requestsPerSecond: Math.round(result.requests.average),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  statuses,
  errors: result.errors,
  timeouts: result.timeouts,
}
process.stdout.write(`${JSON.stringify(measurement)}\n`)
