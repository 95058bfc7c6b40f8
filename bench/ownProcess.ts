import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * Runs a benchmark script (`bench/<name>.ts`) in a fresh Node process of its own, handing it
 * `options` as JSON in its first argument, and returns the JSON of the last line it prints. A load
 * generator times each answer on its own event loop, so its own pauses count as the server's
 * latency: run inside the benchmark's process, after a few minutes of runs autocannon made about
 * ten full garbage collections a second (3-4 ms each) while reading 18 KB partner answers, and its
 * event loop's p99 delay rose from 1.7 to 5 ms: the plain node:http server's p99 went from 1 ms to
 * 3 ms and the partner hit's to 5 ms, while the same servers measured from a fresh process gave
 * 1 ms each (2 December).
 */
export async function inOwnProcess<Result>(script: string, options: unknown): Promise<Result> {
  const { stdout } = await run(
    process.execPath,
    [
      '--conditions=production',
      '--import',
      'tsx',
      path.resolve(process.cwd(), script),
      JSON.stringify(options),
    ],
    { maxBuffer: 1024 * 1024 },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Result
}

/** The options a script started by inOwnProcess was handed. */
export const ownProcessOptions = <Options>(): Options =>
  JSON.parse(process.argv[2] ?? '{}') as Options
