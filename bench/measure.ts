import autocannon from 'autocannon'

export type LoadOptions = {
  url: string
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string
  seconds: number
  connections: number
}

export type Measurement = {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  statuses: Record<string, number>
  errors: number
  timeouts: number
}

/** One autocannon run against a server in another process. */
export async function measure({
  url,
  method = 'GET',
  headers,
  body,
  seconds,
  connections,
}: LoadOptions): Promise<Measurement> {
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
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
  }
}
