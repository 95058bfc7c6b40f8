import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import path from 'node:path'
import pg from 'pg'

/** The loopback deployment docs/deploy.md describes: N server processes behind HAProxy. */

export type ServerProcess = {
  name: string
  port: number
  baseUrl: string
  child: ChildProcess
  alive: boolean
}

export const soakFolder = path.resolve(process.cwd(), 'data/soak')

/** A port nothing listens on yet (the kernel's choice, released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

/** A fresh PostgreSQL database for one run, dropped afterwards. */
export async function createDatabase(serverUrl: string) {
  const name = `cms_soak_${Date.now()}_${randomBytes(3).toString('hex')}`
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl })
    await client.connect()
    try {
      await client.query(sql)
    } finally {
      await client.end()
    }
  }
  await admin(`create database ${name}`)
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) }
}

/**
 * Starts one server process (test/soak/soakServer.ts: `npm start` without the admin build) and
 * waits for its ready line. Its output goes to data/soak/<name>.log.
 */
export async function startServerProcess(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<ServerProcess> {
  fs.mkdirSync(soakFolder, { recursive: true })
  const log = fs.createWriteStream(path.join(soakFolder, `${name}.log`), { flags: 'a' })
  const entry = path.resolve(process.cwd(), 'test/soak/soakServer.ts')
  // node with tsx's loader, not the tsx wrapper: SIGKILL must reach the server itself. The
  // production export condition, as npm start runs: Lexical's development entry points pick their
  // build with a top-level await that can leave a process exiting with code 13 under load.
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', entry], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.pipe(log)
  child.stderr!.pipe(log)
  const server: ServerProcess = {
    name,
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    child,
    alive: false,
  }
  child.once('exit', () => (server.alive = false))
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`${name} did not start within 180 s (see data/soak/${name}.log)`))
    }, 180_000)
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('"ready":true')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready: see its log`))
    })
  })
  server.alive = true
  return server
}

export function stopServerProcess(server: ServerProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || server.child.signalCode !== null) return resolve()
    const force = setTimeout(() => server.child.kill('SIGKILL'), 15_000)
    server.child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    server.child.kill('SIGTERM')
  })
}

/** The HAProxy configuration docs/deploy.md shows, for servers on loopback ports. */
export function haproxyConfig(port: number, servers: { name: string; port: number }[]): string {
  return [
    'global',
    '  maxconn 512',
    'defaults',
    '  mode http',
    '  option forwardfor',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    // A request whose server refused the connection or died before answering goes to another.
    '  retries 2',
    '  option redispatch',
    '  retry-on conn-failure empty-response',
    'frontend cms',
    `  bind 127.0.0.1:${port}`,
    '  default_backend servers',
    'backend servers',
    '  balance roundrobin',
    '  option httpchk GET /readyz',
    '  http-check expect status 200',
    '  default-server inter 1s fall 2 rise 2',
    ...servers.map(
      ({ name, port: serverPort }) => `  server ${name} 127.0.0.1:${serverPort} check`,
    ),
    '',
  ].join('\n')
}

export function haproxyVersion(): string | null {
  const probe = spawnSync('haproxy', ['-v'], { encoding: 'utf8' })
  return probe.status === 0 ? probe.stdout.split('\n')[0] : null
}

/** Runs HAProxy in the foreground (-db) with that configuration until stopped. */
export async function startHaproxy(port: number, servers: { name: string; port: number }[]) {
  fs.mkdirSync(soakFolder, { recursive: true })
  const file = path.join(soakFolder, 'haproxy.cfg')
  fs.writeFileSync(file, haproxyConfig(port, servers))
  const check = spawnSync('haproxy', ['-c', '-f', file], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`haproxy -c refused the configuration:\n${check.stderr}`)
  const child = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] })
  const baseUrl = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    )
    if (ready) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
