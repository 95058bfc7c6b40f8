import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

export type ChildServer = {
  baseUrl: string
  pid: number
  /** The server's own process id, as it reported it, for reading its memory. */
  serverPid: number
  /** Milliseconds from spawn to the server's ready line (includes loading TypeScript). */
  readyAfterMs: number
  stop: () => Promise<void>
}

const readyTimeoutMs = 30_000

/**
 * Node's arguments for a script run through tsx. `--conditions=production` is given here, not left
 * to the NODE_OPTIONS that .npmrc makes npm set: Lexical's default entry for Node (`*.node.mjs`)
 * picks its build with a top-level `await import()`, and Node 20 sometimes never runs a module that
 * imports those entries (the top-level await stays unsettled, the process exits with code 13 before
 * its ready line). The production condition names Lexical's build directly. An environment that
 * sets NODE_OPTIONS itself (the stock yardsticks' loader hooks did) would otherwise drop it.
 */
function scriptArguments(script: string, args: string[] = []): string[] {
  return [
    '--conditions=production',
    '--import',
    'tsx',
    path.resolve(process.cwd(), script),
    ...args,
  ]
}

function spawnScript(
  script: string,
  env: Record<string, string | undefined>,
  stdout: 'pipe' | 'inherit',
) {
  return spawn(process.execPath, scriptArguments(script), {
    env: { ...process.env, ...env },
    stdio: ['ignore', stdout, stdout === 'pipe' ? 'pipe' : 'inherit'],
  })
}

/** Runs a script to completion (e.g. the seeder), showing its output. */
export async function runScript(
  script: string,
  args: string[],
  env: Record<string, string | undefined>,
): Promise<void> {
  const child = spawn(process.execPath, scriptArguments(script, args), {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  if (code !== 0) throw new Error(`${script} exited with ${code}`)
}

type Started =
  | { child: ChildProcess; serverPid: number; port: number }
  | { exitCode: number | null; errors: string }

function startOnce(port: number, env: Record<string, string | undefined>, script: string) {
  const child = spawnScript(script, { ...env, PORT: String(port) }, 'pipe')
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000)
  })
  return new Promise<Started>((resolve) => {
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve({ exitCode: null, errors: `no ready line after ${readyTimeoutMs} ms. ${errors}` })
    }, readyTimeoutMs)
    const lookForReady = (chunk: Buffer) => {
      output += chunk.toString()
      const readyLine = output.split('\n').find((line) => line.includes('"ready":true'))
      if (readyLine) {
        clearTimeout(timer)
        // From here on its output (one access line per request) is read and dropped: keeping
        // and searching it would load the benchmark's own process, which generates the load.
        child.stdout?.off('data', lookForReady)
        child.stdout?.resume()
        output = ''
        const ready = JSON.parse(readyLine) as { pid: number; port: number }
        resolve({ child, serverPid: ready.pid, port: ready.port })
      }
    }
    child.stdout?.on('data', lookForReady)
    child.once('exit', (exitCode) => {
      clearTimeout(timer)
      resolve({ exitCode, errors })
    })
  })
}

/**
 * Starts a server script (bench/apiServer.ts by default) in its own process; waits for it to listen.
 * Port 0 lets the system choose a free port (tests: a random one can already be taken); the base
 * URL uses the port the server reports in its ready line.
 */
export async function startChildServer(
  port: number,
  env: Record<string, string | undefined>,
  script = 'bench/apiServer.ts',
): Promise<ChildServer> {
  const spawnedAt = Date.now()
  const started = await startOnce(port, env, script)
  if (!('child' in started)) {
    throw new Error(
      `${script} on port ${port} did not start (exit ${started.exitCode}): ${started.errors}`,
    )
  }
  const { child, serverPid } = started
  return {
    baseUrl: `http://127.0.0.1:${started.port}`,
    pid: child.pid!,
    serverPid,
    readyAfterMs: Date.now() - spawnedAt,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
        child.once('exit', () => {
          clearTimeout(force)
          resolve()
        })
        child.kill('SIGTERM')
      }),
  }
}
