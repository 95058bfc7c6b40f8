import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

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

const run = promisify(execFile)

/**
 * One autocannon run against a server in another process, generated from a fresh process of its
 * own (bench/loadProcess.ts). Autocannon times each answer on its own event loop, so its pauses
 * count as the server's latency. Run inside the benchmark's process, after a few minutes of runs
 * it made about ten full garbage collections a second (3-4 ms each) while reading 18 KB partner
 * answers, and its event loop's p99 delay rose from 1.7 to 5 ms: the plain node:http server's
 * p99 went from 1 ms to 3 ms and the partner hit's to 5 ms, while the same servers measured from a
 * fresh process gave 1 ms each (2 December).
 */
export async function measure(options: LoadOptions): Promise<Measurement> {
  const { stdout } = await run(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      'tsx',
      path.resolve(process.cwd(), 'bench/loadProcess.ts'),
      JSON.stringify(options),
    ],
    { maxBuffer: 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Measurement
}
