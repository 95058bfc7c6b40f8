import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { compiledE2eServer } from './compileServer'

export const e2ePort = 3102
export const e2eBaseUrl = `http://localhost:${e2ePort}`

export type E2eServer = { baseUrl: string; logs: () => string; stop: () => Promise<void> }

export type E2eServerOptions = {
  /** Extra environment for the server process, e.g. SMTP_URL pointing at a test's mail catcher. */
  env?: Record<string, string>
}

/**
 * Starts test/e2e/serve.ts, compiled, in its own process on port 3102 over a fresh SQLite database in a
 * temporary folder, and waits until it answers /readyz.
 */
export async function startE2eServer(options: E2eServerOptions = {}): Promise<E2eServer> {
  if (!fs.existsSync(path.resolve('.next/BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before the browser tests.')
  }
  const started = await startOnce(options)
  if ('server' in started) return started.server
  throw new Error(
    `The e2e server did not start (exit code ${started.exitCode}):\n${started.output.slice(-4000)}`,
  )
}

async function startOnce({
  env: extraEnv = {},
}: E2eServerOptions): Promise<{ server: E2eServer } | { exitCode: number | null; output: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-e2e-'))
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: String(e2ePort),
    SERVER_URL: e2eBaseUrl,
    DATABASE_URL: `file:${path.join(folder, 'e2e.db')}`,
    MEDIA_DIR: path.join(folder, 'media'),
    PAYLOAD_SECRET: 'e2e-only-secret',
    NEXT_TELEMETRY_DISABLED: '1',
    ...extraEnv,
  }
  delete env.NODE_ENV
  delete env.VITEST
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    // Compiled by the tests' global setup (test/e2e/compileServer.ts), run by plain Node as
    // `npm start` runs the server. Lexical's "production" export condition avoids Node 20's
    // top-level-await deadlock (.npmrc).
    ['--conditions=production', compiledE2eServer],
    {
      env: env as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()))

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
    fs.rmSync(folder, { recursive: true, force: true })
  }

  const deadline = Date.now() + 120_000
  while (Date.now() < deadline && child.exitCode === null) {
    try {
      const response = await fetch(`${e2eBaseUrl}/readyz`)
      if (response.ok) return { server: { baseUrl: e2eBaseUrl, logs: () => output, stop } }
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  await stop()
  return { exitCode: child.exitCode, output }
}
