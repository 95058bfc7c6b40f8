import { inOwnProcess } from './ownProcess'

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

/**
 * One autocannon run against a server in another process, generated from a fresh process of its
 * own (bench/loadProcess.ts; why a process of its own: bench/ownProcess.ts).
 */
export const measure = (options: LoadOptions): Promise<Measurement> =>
  inOwnProcess<Measurement>('bench/loadProcess.ts', options)
