import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

export type ChildServer = {
  baseUrl: string
  child: ChildProcess
  /** Resolves when the process has exited, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  output: () => string
}

const entry = path.resolve(process.cwd(), 'test/hardening/fixtures/apiServer.ts')

/**
 * Runs the real server in its own process, as `npm start` would (without the admin), over the
 * database `databaseUrl` names, so a test can signal or kill it. A child that does not start is
 * killed, never left behind.
 */
export async function startChildServer(databaseUrl: string, port = 0): Promise<ChildServer> {
  // node with tsx's loader, not the tsx command: that wraps node in a second process, and a
  // signal sent to the wrapper would not reach the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      MEDIA_DIR: path.resolve(process.cwd(), 'data/test/media', path.basename(databaseUrl)),
      PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'test-secret',
      PORT: String(port),
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
  const listening = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start within 60 s:\n${output}`))
    }, 60_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = /\{"listening":(\d+)\}/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
    void exited.then(({ code, signal }) => {
      clearTimeout(timer)
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`))
    })
  })
  const listeningPort = await listening
  return { baseUrl: `http://127.0.0.1:${listeningPort}`, child, exited, output: () => output }
}

/** Makes the first (admin) account through Payload's first-register endpoint; returns its JWT. */
export async function registerFirstAdmin(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'admin@clinic.test',
      password: 'admin-password',
      roles: ['admin'],
    }),
  })
  if (!response.ok)
    throw new Error(`first-register failed: ${response.status} ${await response.text()}`)
  return ((await response.json()) as { token: string }).token
}
