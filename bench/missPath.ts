/**
 * The cache-miss path side by side (issue 15): the CMS with its response cache off against
 * Payload's stock REST_GET and GraphQL handlers on the same database, each request measured on one
 * right after the other, alternating `BENCH_ROUNDS` times (default 2). Also checks that both give
 * the same answer. The stock handlers run the patched packages as published (bench/stockPackages).
 * Needs a seeded database: DATABASE_URL=file:… tsx bench/seedScale.ts 100 100
 *   DATABASE_URL=file:… tsx bench/missPath.ts
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startChildServer } from './childServer'
import { measure } from './measure'
import { mainScenarios, type Scenario } from './scenarios'
import { stockEnvironment } from './stockPackages/environment'

const seconds = Number(process.env.BENCH_SECONDS || 5)
const rounds = Number(process.env.BENCH_ROUNDS || 2)
// Lexical's Node entry can leave its top-level await unsettled (exit 13); see src/cli/compiledStart.mjs.
const env = {
  PAYLOAD_SECRET: 'bench-secret',
  PAYLOAD_MIGRATING: 'true',
  RESPONSE_CACHE: 'off',
  NODE_OPTIONS: '--conditions=production',
}
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')

/** CPU milliseconds a process has used (user + system): per request, the figure a busy machine skews least. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) * 10
}

// The stock handlers run Payload, drizzle and libsql as published, without our patches (patches/).
const stock = { ...env, ...stockEnvironment(path.resolve('data/bench/stock'), env.NODE_OPTIONS) }
const cms = await startChildServer(3106, env)
const rest = await startChildServer(3107, stock, 'bench/routeHandlerServer.ts')
const graphql = await startChildServer(3108, stock, 'bench/graphqlHandlerServer.ts')

const fetchBody = async (baseUrl: string, scenario: Scenario) =>
  (
    await fetch(`${baseUrl}${scenario.path}`, {
      method: scenario.method,
      headers: scenario.headers,
      body: scenario.body,
    })
  ).text()

const pairs = [
  { scenario: mainScenarios[0], stock: rest },
  { scenario: mainScenarios[1], stock: rest },
  { scenario: mainScenarios[2], stock: graphql },
]
for (const { scenario, stock } of pairs) {
  const [ours, theirs] = [
    await fetchBody(cms.baseUrl, scenario),
    await fetchBody(stock.baseUrl, scenario),
  ]
  console.log(
    `${scenario.name}: ${ours.length} bytes, stock ${theirs.length} bytes, same answer: ${ours === theirs}`,
  )
}

for (let round = 1; round <= rounds; round += 1) {
  for (const { scenario, stock } of pairs) {
    const run = async (server: typeof cms) => {
      const cpuBefore = cpuMs(server.serverPid)
      const result = await measure({
        url: `${server.baseUrl}${scenario.path}`,
        method: scenario.method,
        headers: scenario.headers,
        body: scenario.body,
        seconds,
        connections: 10,
      })
      const requests = result.requestsPerSecond * seconds
      return { ...result, cpuPerRequest: (cpuMs(server.serverPid) - cpuBefore) / requests }
    }
    const before = loadAverage()
    const theirs = await run(stock)
    const ours = await run(cms)
    console.log(
      `round ${round} ${scenario.name.padEnd(38)} CMS ${ours.requestsPerSecond} req/s ${ours.cpuPerRequest.toFixed(1)} ms CPU/req | stock ${theirs.requestsPerSecond} req/s ${theirs.cpuPerRequest.toFixed(1)} ms CPU/req | req/s ${(ours.requestsPerSecond / theirs.requestsPerSecond).toFixed(2)}x, CPU ${(theirs.cpuPerRequest / ours.cpuPerRequest).toFixed(2)}x | load ${before} | ${JSON.stringify(ours.statuses)} ${JSON.stringify(theirs.statuses)}`,
    )
  }
}
await Promise.all([cms.stop(), rest.stop(), graphql.stop()])
process.exit(0)
