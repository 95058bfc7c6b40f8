/**
 * Start time and memory of the server as `npm start` runs it: the entry compiled ahead of time by
 * the same esbuild step (src/cli/compiledStart.mjs: compileServer) and run by plain
 * `node --conditions=production` with NODE_ENV=production, no tsx. Per start it records the wall
 * time from spawn to the first 200 on the API, the process's own CPU time and RSS at that moment
 * and, for the full server, the same at the first 200 of the admin (its login page, which waits for
 * Next). Run alone for an A/B of the start (a scratch database in data/bench-start):
 *   tsx bench/startTime.ts [starts per server, default 3]
 */
import { execSync, spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { compileServer } from '../src/cli/compiledStart.mjs'

export type StartFigures = {
  /** Spawn to the first 200 on GET /api/conditions?limit=1, wall clock. */
  firstApi200Ms: number
  /** User + system CPU time the server process had used by then. */
  cpuAtFirstApi200Ms: number | null
  rssAtFirstApi200Mb: number | null
  /** Full server only: spawn to the first 200 on GET /admin/login. */
  firstAdmin200Ms?: number
  cpuAtFirstAdmin200Ms?: number | null
  rssAtFirstAdmin200Mb?: number | null
}

export type CompiledServers = { apiOnly: string; full: string }

const outDir = path.resolve('dist/bench')
const timeoutMs = 60_000
const pollEveryMs = 10
const clockTicksPerSecond = (() => {
  try {
    return Number(execSync('getconf CLK_TCK').toString().trim()) || 100
  } catch {
    return 100
  }
})()

/** bench/apiServer.ts and bench/fullServer.ts compiled as src/cli/start.ts is, into dist/bench. */
export async function compileBenchServers(): Promise<CompiledServers> {
  await compileServer({
    entryPoints: { apiServer: 'bench/apiServer.ts', fullServer: 'bench/fullServer.ts' },
    outDir,
  })
  return {
    apiOnly: path.join(outDir, 'apiServer.mjs'),
    full: path.join(outDir, 'fullServer.mjs'),
  }
}

export function rssMegabytes(pid: number): number | null {
  try {
    const kilobytes = Number(
      /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1],
    )
    return Math.round(kilobytes / 1024)
  } catch {
    return null
  }
}

/** utime + stime of one process (fields 14 and 15 of /proc/<pid>/stat, counted from after the name). */
export function cpuMilliseconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Math.round((ticks * 1000) / clockTicksPerSecond)
  } catch {
    return null
  }
}

async function firstOk(url: string, spawnedAt: number, exited: () => string | null) {
  for (;;) {
    const response = await fetch(url, { redirect: 'manual' }).catch(() => null)
    if (response?.status === 200) return Date.now() - spawnedAt
    await response?.arrayBuffer()
    const exit = exited()
    if (exit !== null) throw new Error(exit)
    if (Date.now() - spawnedAt > timeoutMs) throw new Error(`no 200 from ${url} in ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, pollEveryMs))
  }
}

/** Starts one compiled server, measures it up to its first 200s, and stops it. */
export async function measureStart(
  entry: string,
  port: number,
  env: Record<string, string | undefined>,
  { admin, beforeStop }: { admin: boolean; beforeStop?: (baseUrl: string) => Promise<void> },
): Promise<StartFigures> {
  const spawnedAt = Date.now()
  const child = spawn(process.execPath, ['--conditions=production', entry], {
    env: { ...process.env, ...env, NODE_ENV: 'production', NODE_OPTIONS: '', PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)))
  const exited = () =>
    child.exitCode === null && child.signalCode === null
      ? null
      : `${path.basename(entry)} exited with ${child.exitCode ?? child.signalCode}: ${errors}`
  const pid = child.pid!
  const base = `http://127.0.0.1:${port}`
  try {
    const firstApi200Ms = await firstOk(`${base}/api/conditions?limit=1`, spawnedAt, exited)
    const figures: StartFigures = {
      firstApi200Ms,
      cpuAtFirstApi200Ms: cpuMilliseconds(pid),
      rssAtFirstApi200Mb: rssMegabytes(pid),
    }
    if (admin) {
      figures.firstAdmin200Ms = await firstOk(`${base}/admin/login`, spawnedAt, exited)
      figures.cpuAtFirstAdmin200Ms = cpuMilliseconds(pid)
      figures.rssAtFirstAdmin200Mb = rssMegabytes(pid)
    }
    await beforeStop?.(base)
    return figures
  } finally {
    await stop(child)
  }
}

/** The admin's login page answers 200 once an account exists (before, it sends you to make one). */
async function registerFirstAccount(baseUrl: string): Promise<void> {
  const response = await fetch(`${baseUrl}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'start-bench@clinic.test',
      password: 'start-bench-password',
      roles: ['admin'],
    }),
  })
  if (!response.ok) throw new Error(`first-register: ${response.status} ${await response.text()}`)
}

function stop(child: ReturnType<typeof spawn>): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}

/** Each figure's median over several starts (a shared machine makes single starts noisy). */
export function medianFigures(runs: StartFigures[]): StartFigures {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.floor((sorted.length - 1) / 2)]
  }
  const keys = Object.keys(runs[0]) as (keyof StartFigures)[]
  return Object.fromEntries(
    keys.map((key) => {
      const values = runs.map((run) => run[key]).filter((value) => typeof value === 'number')
      return [key, values.length ? median(values) : null]
    }),
  ) as StartFigures
}

/**
 * The first start of the full server makes the database as a deployment's first `npm start` does
 * (migrations, seed; its first API 200 is reported apart) and an account; then each compiled
 * server starts `starts` times, one after the other, on that database: medians and every run.
 */
export async function measureStarts(
  servers: CompiledServers,
  port: number,
  env: Record<string, string | undefined> & { DATABASE_URL: string },
  starts = 3,
) {
  const firstStart = await measureStart(servers.full, port, env, {
    admin: false,
    beforeStop: registerFirstAccount,
  })
  const runs: Record<'apiOnly' | 'full', StartFigures[]> = { apiOnly: [], full: [] }
  for (let index = 0; index < starts; index++) {
    runs.apiOnly.push(await measureStart(servers.apiOnly, port, env, { admin: false }))
    runs.full.push(await measureStart(servers.full, port, env, { admin: true }))
  }
  return {
    apiOnly: medianFigures(runs.apiOnly),
    full: medianFigures(runs.full),
    firstStartOnEmptyDatabase: firstStart,
    runs,
  }
}

const invokedDirectly = import.meta.url === pathToFileURL(process.argv[1] ?? '').href
if (invokedDirectly) {
  const workDir = path.resolve('data/bench-start', new Date().toISOString().replace(/[:.]/g, '-'))
  mkdirSync(workDir, { recursive: true })
  const servers = await compileBenchServers()
  const figures = await measureStarts(
    servers,
    Number(process.env.PORT || 3109),
    {
      DATABASE_URL: `file:${path.join(workDir, 'start.db')}`,
      PAYLOAD_SECRET: 'bench-secret',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    Number(process.argv[2] || 3),
  )
  console.log(JSON.stringify({ loadAverage: os.loadavg(), ...figures }, null, 2))
  rmSync(workDir, { recursive: true, force: true })
}
