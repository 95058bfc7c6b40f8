import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { compileServer } from '../../src/cli/compiledStart.mjs'
import { watchServerOutput } from './serverOutput'

export type CompiledServerProcess = {
  baseUrl: string
  /** The folder the entry was compiled into (inside the project, to find node_modules). */
  outDir: string
  child: ReturnType<typeof spawn>
  output: ReturnType<typeof watchServerOutput>
  /** Ends the process and removes the compiled files. */
  stop: () => Promise<void>
}

/**
 * Compiles a server entry as `npm start` compiles src/cli/start.ts (src/cli/compiledStart.mjs) and
 * runs it with plain `node --conditions=production`, no tsx, on port 0; resolves once it prints the
 * port it listens on.
 */
export async function startCompiledServer({
  entry,
  env,
  nodeArguments = [],
}: {
  entry: string
  env: Record<string, string | undefined>
  /** Node options before the entry, e.g. `--import` of a loader hook. */
  nodeArguments?: string[]
}): Promise<CompiledServerProcess> {
  fs.mkdirSync('data/test', { recursive: true })
  const outDir = fs.mkdtempSync(path.resolve('data/test/compiled-'))
  await compileServer({ entryPoints: { server: entry }, outDir })
  const child = spawn(
    process.execPath,
    ['--conditions=production', ...nodeArguments, path.join(outDir, 'server.mjs')],
    {
      env: { ...process.env, NODE_OPTIONS: '', PORT: '0', NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const output = watchServerOutput(child)
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    fs.rmSync(outDir, { recursive: true, force: true })
  }
  try {
    const port = await output.listening
    return { baseUrl: `http://127.0.0.1:${port}`, outDir, child, output, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
