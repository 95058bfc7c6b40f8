import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

export type ChildServer = {
  baseUrl: string
  pid: number
  /** The server's own process (tsx runs it as a child), for reading its memory. */
  serverPid: number
  /** Milliseconds from spawn to the server's ready line (includes tsx's start). */
  readyAfterMs: number
  stop: () => Promise<void>
}

/** Starts bench/apiServer.ts in its own process and waits for it to listen. */
export async function startChildServer(
  port: number,
  env: Record<string, string | undefined>,
  script = 'bench/apiServer.ts',
): Promise<ChildServer> {
  const spawnedAt = Date.now()
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.resolve(process.cwd(), script)],
    {
      env: { ...process.env, ...env, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000)
  })
  let serverPid = 0
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`server on ${port} not ready: ${errors}`)),
      90_000,
    )
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const readyLine = output.split('\n').find((line) => line.includes('"ready":true'))
      if (readyLine) {
        serverPid = (JSON.parse(readyLine) as { pid: number }).pid
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`server on ${port} exited with ${code}: ${errors}`))
    })
  })
  const readyAfterMs = Date.now() - spawnedAt
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    serverPid,
    readyAfterMs,
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
