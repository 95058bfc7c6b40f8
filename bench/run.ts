/**
 * `npm run bench`: the CMS against a plain node:http server sending the same bytes, cold (cache
 * off) and warm (cache hits), a 304 revalidation, Payload's stock REST and GraphQL route handlers,
 * partner syndication reads (hit and miss, on a benchmark-only rate-limit tier), reads of 100
 * distinct URLs while a reviewer publishes every 2 s, list and by-slug latency at 100 and 10,000
 * documents, start time and memory. Servers run in child processes, and so does each run of the
 * load (autocannon, bench/loadProcess.ts). Results go to bench-results/ as JSON and Markdown, with
 * the targets of issue 15 met or not. Not a test: it asserts nothing, it reports.
 * BENCH_SECONDS (default 5) and BENCH_CONNECTIONS (default 10) size each run.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { alternatingRounds, medianRound, type Round } from './alternatingRounds'
import { type ChildServer, runScript, startChildServer } from './childServer'
import { readCpuTicks, stealPercent } from './cpuSteal'
import { type Fixture, recordFixture } from './fixtures'
import { type Measurement, measure } from './measure'
import type { PublishUnderLoadOptions, PublishUnderLoadResult } from './publishUnderLoad'
import { inOwnProcess } from './ownProcess'
import { markdownTable, type Row, type Target, targetsTable } from './report'
import { mainScenarios, partnerScenario, type Scenario, scaleScenarios } from './scenarios'
import { compileBenchServers, measureStarts } from './startTime'
import { stockEnvironment } from './stockPackages/environment'
import { toolingConfiguration } from '../src/config/toolingConfiguration'

const benchStartedAt = Date.now()
const ticksAtStart = readCpuTicks()
// Each measurement (but the scale runs) follows `warmupSeconds` of the same request, not measured:
// a fresh process compiles its hot code and prepares its statements first, and a path first taken
// in its measured run (the partner front after the public hits) would count its compilation in
// its tail latency, while runs that follow others start warm.
const {
  benchSeconds: seconds,
  benchConnections: connections,
  benchWarmupSeconds: warmupSeconds,
} = toolingConfiguration()
// Shorter runs where many are taken: the scale runs and the miss rounds below.
const shortRunSeconds = Math.max(2, Math.round(seconds * 0.6))
const cmsPort = 3106
const otherPort = 3107
const graphqlPort = 3108
const publishSeconds = Math.max(20, seconds * 4)
// The miss targets compare the cold CMS with stock Payload in this many alternating rounds
// (bench/alternatingRounds.ts): a single run each moved the ratio by a third between runs, and
// three rounds still ranged 1.39-2.12x on this shared machine. Five rounds of 5 s still gave one
// run at 1.95x (rounds 1.63-2.52x): this machine's speed drifts over seconds (one 5 s window of
// REST misses took 4.8 ms of CPU per request against 3.0 ms in the next, with the same profile,
// 2 December), so a long round catches one server in a slow stretch the other misses. Eleven
// short rounds, after one warm-up each, interleave the two more finely in about the same time.
// They did not narrow the spread of the medians (four runs: 1.96-2.58x, against 1.95-2.36x).
const missRounds = 11
const missRoundSeconds = shortRunSeconds
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const workDir = path.resolve('data/bench', stamp)
const resultsDir = path.resolve('bench-results')
mkdirSync(workDir, { recursive: true })
mkdirSync(resultsDir, { recursive: true })

const baseEnv = {
  DATABASE_URL: `file:${path.join(workDir, 'cms.db')}`,
  PAYLOAD_SECRET: 'bench-secret',
  NEXT_TELEMETRY_DISABLED: '1',
}
// After the first process pushed the development schema, later ones must not push it again.
const schemaReady = { ...baseEnv, PAYLOAD_MIGRATING: 'true' }

const log = (line: string) => console.log(line)
const elapsed = () => `${((Date.now() - benchStartedAt) / 1000).toFixed(0)}s`

/** Resident memory of the server process itself (tsx runs it as a child of its own). */
function rssMegabytes(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1])
    return Math.round(kilobytes / 1024)
  } catch {
    return null
  }
}

const request = (server: ChildServer, scenario: Scenario, headers: Record<string, string> = {}) =>
  fetch(`${server.baseUrl}${scenario.path}`, {
    method: scenario.method,
    headers: { ...scenario.headers, ...headers },
    body: scenario.body,
  })

async function load(
  server: ChildServer,
  scenario: Scenario,
  options: { headers?: Record<string, string>; seconds?: number; warmup?: boolean } = {},
): Promise<Measurement> {
  const target = {
    url: `${server.baseUrl}${scenario.path}`,
    method: scenario.method,
    headers: { ...scenario.headers, ...options.headers },
    body: scenario.body,
    connections,
  }
  if (options.warmup && warmupSeconds > 0) {
    const warmup = await measure({ ...target, seconds: warmupSeconds })
    log(`    (warm-up ${warmup.requestsPerSecond} req/s ${JSON.stringify(warmup.statuses)})`)
  }
  const result = await measure({ ...target, seconds: options.seconds ?? seconds })
  const line = `    ${scenario.name.padEnd(42)} ${String(result.requestsPerSecond).padStart(7)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  ${JSON.stringify(result.statuses)}`
  log(result.errors || result.timeouts ? `${line}  errors ${result.errors}` : line)
  return result
}

const results: Record<string, unknown> = {
  startedAt: new Date(benchStartedAt).toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  },
  settings: {
    secondsPerRun: seconds,
    warmupSecondsBeforeEachRun: warmupSeconds,
    connections,
    loopback: true,
  },
  // The machine may be shared: the load average before the run says how busy it was.
  loadAverageAtStart: os.loadavg().map((value) => Number(value.toFixed(2))),
  server:
    'API-only: the request pipeline (src/server/pipeline.ts: Payload REST + GraphQL, no Next), SQLite, one process; the load from a fresh process for each run',
}
const cold: Record<string, Measurement> = {}
const warm: Record<string, Measurement> = {}
const plain: Record<string, Measurement> = {}
const scale: Record<string, Record<string, Measurement>> = {}
const fixtures: Fixture[] = []
const notModified: { cms?: Measurement; plain?: Measurement } = {}

const notModifiedScenario = (etag: string): Scenario => ({
  ...mainScenarios[0],
  name: `304 revalidation (${mainScenarios[0].path})`,
  headers: { 'if-none-match': etag },
})

log(`Benchmark: ${seconds} s per run, ${connections} connections, database in ${workDir}`)
log(`[${elapsed()}] 1/6 Seeding the source content and 100 synthetic conditions and FAQs`)
await runScript('bench/seedScale.ts', ['100', '100'], baseEnv)
const actorsFile = path.join(workDir, 'actors.json')
await runScript('bench/setupActors.ts', [actorsFile], schemaReady)
const actors = JSON.parse(readFileSync(actorsFile, 'utf8')) as {
  reviewer: { email: string; password: string }
  partnerKey: string
}
const partner = partnerScenario(actors.partnerKey)

log(`[${elapsed()}] 2/6 Cold: the CMS with its response cache off (every request reaches Payload)`)
let server = await startChildServer(cmsPort, { ...schemaReady, RESPONSE_CACHE: 'off' })
for (const scenario of mainScenarios) {
  cold[scenario.name] = await load(server, scenario, { warmup: true })
}
const partnerMiss = await load(server, partner, { warmup: true })
results.rssColdMb = rssMegabytes(server.serverPid)

log(
  `[${elapsed()}] 3/6 Payload's stock route handlers (REST_GET, GRAPHQL_POST) in bare node:http servers, in ${missRounds} rounds of ${missRoundSeconds} s alternating with the cold CMS`,
)
// Stock means as published: the yardsticks run without our patches to Payload's database layer,
// drizzle and libsql (patches/), so a speed-up we carry there shows against them.
const stock = { ...schemaReady, ...stockEnvironment(path.join(workDir, 'stock')) }
const handler = await startChildServer(otherPort, stock, 'bench/routeHandlerServer.ts')
const graphqlStock = await startChildServer(graphqlPort, stock, 'bench/graphqlHandlerServer.ts')
const missRoundsAgainst = (stockServer: ChildServer, scenario: Scenario) =>
  alternatingRounds(
    missRounds,
    (round) => load(server, scenario, { warmup: round === 0, seconds: missRoundSeconds }),
    (round) => load(stockServer, scenario, { warmup: round === 0, seconds: missRoundSeconds }),
  )
const restMissRounds = await missRoundsAgainst(handler, mainScenarios[0])
const graphqlMissRounds = await missRoundsAgainst(graphqlStock, mainScenarios[2])
await Promise.all([server.stop(), handler.stop(), graphqlStock.stop()])
// The tables show the round with the median ratio, both servers' figures from that one round.
const restMiss = medianRound(restMissRounds)
const graphqlMiss = medianRound(graphqlMissRounds)
const routeHandler = restMiss.theirs
const graphqlHandler = graphqlMiss.theirs
cold[mainScenarios[0].name] = restMiss.ours
cold[mainScenarios[2].name] = graphqlMiss.ours

log(`[${elapsed()}] 4/6 Warm (cache hits) and a plain node:http server sending the same bytes`)
const ticksBeforeHits = readCpuTicks()
server = await startChildServer(cmsPort, schemaReady)
for (const scenario of mainScenarios) {
  await request(server, scenario)
  const hit = await request(server, scenario)
  if (hit.headers.get('x-cache') !== 'HIT') log(`    (warning: ${scenario.name} was not a hit)`)
  fixtures.push(await recordFixture(scenario.method, scenario.path, hit))
}
// The partner hit too: the plain server answers by method and path and ignores the key, so its
// p99 is the floor the partner target is held against on this machine.
await request(server, partner)
const partnerCached = await request(server, partner)
if (partnerCached.headers.get('x-cache') !== 'HIT')
  log('    (warning: the partner read was not a hit)')
fixtures.push(await recordFixture(partner.method, partner.path, partnerCached))
const listFixture = fixtures[0]
const etag = listFixture.etag ?? ''
const revalidation = await request(server, notModifiedScenario(etag))
listFixture.notModifiedHeaders = []
revalidation.headers.forEach((value, name) => {
  if (!['connection', 'keep-alive', 'date'].includes(name)) {
    listFixture.notModifiedHeaders!.push(name, value)
  }
})
const fixturesFile = path.join(workDir, 'fixtures.json')
writeFileSync(fixturesFile, JSON.stringify(fixtures))
const yardstick = await startChildServer(
  otherPort,
  { BENCH_FIXTURES: fixturesFile },
  'bench/plainServer.ts',
)
// Both servers are up; each request is measured on one right after the other, so a neighbour
// loading the machine skews both alike.
for (const scenario of mainScenarios) {
  log(`  ${scenario.name}: plain, then CMS`)
  plain[scenario.name] = await load(yardstick, scenario, { warmup: true })
  warm[scenario.name] = await load(server, scenario, { warmup: true })
}
log('  304: plain, then CMS')
notModified.plain = await load(yardstick, notModifiedScenario(etag), { warmup: true })
notModified.cms = await load(server, notModifiedScenario(etag), { warmup: true })
log('  partner syndication (cache hit): plain, then CMS')
const partnerPlain = await load(yardstick, partner, { warmup: true })
const partnerHit = await load(server, partner, { warmup: true })
await yardstick.stop()
// Hit latencies are a millisecond or two: CPU time the host takes from this virtual machine
// shows in them (and in the plain server's) more than anywhere else.
const hitRunsSteal = stealPercent(ticksBeforeHits, readCpuTicks())
log(`    CPU time taken by the host (steal) during the hit runs: ${hitRunsSteal ?? 'unknown'}%`)

log(
  `[${elapsed()}] 5/6 Publish under load: 100 URLs, ${connections} connections, ${publishSeconds} s without and with a publish every 2 s`,
)
const signIn = await fetch(`${server.baseUrl}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(actors.reviewer),
})
const reviewerToken = ((await signIn.json()) as { token: string }).token
const synthetic = (await (
  await fetch(
    `${server.baseUrl}/api/conditions?where%5Bslug%5D%5Blike%5D=synthetic-condition&limit=100&depth=0&sort=slug`,
  )
).json()) as { docs: { id: string; name: string }[] }
const underLoad = {
  baseUrl: server.baseUrl,
  conditionIds: synthetic.docs.map(({ id }) => String(id)),
  names: Object.fromEntries(synthetic.docs.map(({ id, name }) => [String(id), name])),
  seconds: publishSeconds,
  connections,
  token: reviewerToken,
}
const publishUnderLoad = (options: PublishUnderLoadOptions) =>
  inOwnProcess<PublishUnderLoadResult>('bench/publishUnderLoadProcess.ts', options)
const steady = await publishUnderLoad({ ...underLoad, publishEveryMs: null })
const logUnderLoad = (name: string, result: PublishUnderLoadResult) =>
  log(
    `    ${name.padEnd(42)} ${String(result.requestsPerSecond).padStart(7)} req/s  p50 ${result.p50Ms} ms  p99 ${result.p99Ms} ms  publishes ${result.publishes} (failed ${result.failedPublishes})  stale ${result.staleAnswers}  errors ${result.errors}`,
  )
logUnderLoad('100 URLs, no publishes', steady)
const publishing = await publishUnderLoad({ ...underLoad, publishEveryMs: 2000 })
logUnderLoad('100 URLs, a publish every 2 s', publishing)
results.rssAfterBenchmarkMb = rssMegabytes(server.serverPid)
await server.stop()

log(`[${elapsed()}] 6/6 Scale: 100 against 10,000 synthetic conditions and FAQs, cache off`)
// A second database with 10,000 of each; both servers run side by side and each request is
// measured on one right after the other, so the comparison is not skewed by what else runs.
const scaleEnv = { ...baseEnv, DATABASE_URL: `file:${path.join(workDir, 'scale.db')}` }
await runScript('bench/seedScale.ts', ['10000', '10000'], scaleEnv)
const small = await startChildServer(cmsPort, { ...schemaReady, RESPONSE_CACHE: 'off' })
const large = await startChildServer(otherPort, {
  ...scaleEnv,
  PAYLOAD_MIGRATING: 'true',
  RESPONSE_CACHE: 'off',
})
scale['100'] = {}
scale['10000'] = {}
for (const [index, scenario] of scaleScenarios(100).entries()) {
  const atScale = scaleScenarios(10_000)[index]
  scale['100'][scenario.name] = await load(small, scenario, { seconds: shortRunSeconds })
  scale['10000'][atScale.name] = await load(large, atScale, { seconds: shortRunSeconds })
}
await Promise.all([small.stop(), large.stop()])

// Start and memory of the servers as `npm start` runs them: compiled by the same esbuild step, plain
// Node, NODE_ENV=production, migrations applied at start (bench/startTime.ts). Median of 3 starts.
type StartResults = Awaited<ReturnType<typeof measureStarts>>
let start: StartResults | null = null
if (existsSync('.next/BUILD_ID')) {
  log(`[${elapsed()}] Start to first 200 and RSS, compiled as npm start runs it (3 starts each)`)
  try {
    start = await measureStarts(await compileBenchServers(), otherPort, {
      ...baseEnv,
      DATABASE_URL: `file:${path.join(workDir, 'start.db')}`,
    })
    results.start = start
    log(`    full server ${JSON.stringify(start.full)}`)
    log(`    API-only    ${JSON.stringify(start.apiOnly)}`)
  } catch (error) {
    results.startError = (error as Error).message.slice(0, 300)
  }
} else {
  results.startError = 'no .next build (run npm run build first)'
}

// Report.
const rows: Row[] = []
for (const scenario of mainScenarios) {
  const base = plain[scenario.name]
  rows.push({ scenario: scenario.name, mode: 'plain node:http', measurement: base, plain: base })
  rows.push({
    scenario: scenario.name,
    mode: 'CMS warm (cache hit)',
    measurement: warm[scenario.name],
    plain: base,
  })
  rows.push({
    scenario: scenario.name,
    mode: 'CMS cold (cache off)',
    measurement: cold[scenario.name],
    plain: base,
  })
}
const revalidationName = notModifiedScenario(etag).name
rows.push({
  scenario: revalidationName,
  mode: 'plain node:http',
  measurement: notModified.plain!,
  plain: notModified.plain,
})
rows.push({
  scenario: revalidationName,
  mode: 'CMS (cache hit)',
  measurement: notModified.cms!,
  plain: notModified.plain,
})
rows.push({
  scenario: mainScenarios[0].name,
  mode: "Payload's Next route handler (REST_GET, bare node:http, no Next server)",
  measurement: routeHandler,
  plain: plain[mainScenarios[0].name],
})
rows.push({
  scenario: mainScenarios[2].name,
  mode: "Payload's stock GraphQL handler (GRAPHQL_POST, bare node:http, no Next server)",
  measurement: graphqlHandler,
  plain: plain[mainScenarios[2].name],
})
rows.push({
  scenario: partner.name,
  mode: 'plain node:http',
  measurement: partnerPlain,
  plain: partnerPlain,
})
rows.push({
  scenario: partner.name,
  mode: 'CMS partner cache hit',
  measurement: partnerHit,
  plain: partnerPlain,
})
rows.push({ scenario: partner.name, mode: 'CMS partner, cache off', measurement: partnerMiss })

const listName = mainScenarios[0].name
const warmRatios = mainScenarios.map(({ name }) => ({
  name,
  throughput: warm[name].requestsPerSecond / plain[name].requestsPerSecond,
  p99: warm[name].p99Ms / Math.max(plain[name].p99Ms, 1),
}))
const worstWarm = warmRatios.reduce((worst, next) =>
  next.throughput < worst.throughput ? next : worst,
)
const worstP99 = Math.max(...warmRatios.map(({ p99 }) => p99))
const graphqlName = mainScenarios[2].name
const missVsHandler = restMiss.ratio
const graphqlMissVsHandler = graphqlMiss.ratio
const roundRatios = (rounds: Round<Measurement>[]) =>
  rounds.map(({ ratio }) => `${ratio.toFixed(2)}x`).join(', ')
const scaleRatio = (name: string) =>
  scale['10000'][name].p50Ms / Math.max(scale['100'][name].p50Ms, 0.01)
const publishP99Ratio = publishing.p99Ms / Math.max(steady.p99Ms, 1)
const publicHitRps = warm[listName].requestsPerSecond
/** The goals of issue 15 (and the earlier cache goals), each with what this run measured. */
const targets: Target[] = [
  {
    target: 'REST list cache miss ≥ 2x Payload stock REST_GET (issue 15)',
    measured: `${missVsHandler.toFixed(2)}x, the median of ${missRounds} alternating ${missRoundSeconds} s rounds (${roundRatios(restMissRounds)}); that round ${cold[listName].requestsPerSecond} vs ${routeHandler.requestsPerSecond} req/s`,
    met: missVsHandler >= 2,
  },
  {
    target: 'GraphQL cache miss ≥ 2x Payload stock GraphQL handler (issue 15)',
    measured: `${graphqlMissVsHandler.toFixed(2)}x, the median of ${missRounds} alternating ${missRoundSeconds} s rounds (${roundRatios(graphqlMissRounds)}); that round ${cold[graphqlName].requestsPerSecond} vs ${graphqlHandler.requestsPerSecond} req/s`,
    met: graphqlMissVsHandler >= 2,
  },
  {
    target: 'partner cache hit p99 ≤ 2 ms (issue 15)',
    measured: `${partnerHit.p99Ms} ms p99, ${partnerHit.requestsPerSecond} req/s (${(partnerHit.requestsPerSecond / publicHitRps).toFixed(2)}x a public hit); plain node:http with the same bytes: p99 ${partnerPlain.p99Ms} ms, ${partnerPlain.requestsPerSecond} req/s; cache off: ${partnerMiss.requestsPerSecond} req/s, p99 ${partnerMiss.p99Ms} ms; CPU taken by the host during the hit runs: ${hitRunsSteal ?? 'unknown'}%`,
    met: partnerHit.p99Ms <= 2,
  },
  {
    target: 'no answer older than the last publish while publishing every 2 s (issue 15)',
    measured: `${publishing.staleAnswers} stale of ${publishing.answers} answers, ${publishing.publishes} publishes (${publishing.failedPublishes} failed)`,
    met: publishing.staleAnswers === 0 && publishing.publishes > 0,
  },
  {
    target: 'p99 while publishing every 2 s ≤ 3x the same load without publishes (issue 15)',
    measured: `${publishing.p99Ms} vs ${steady.p99Ms} ms (${publishP99Ratio.toFixed(2)}x); ${publishing.requestsPerSecond} vs ${steady.requestsPerSecond} req/s`,
    met: publishing.publishes > 0 && publishP99Ratio <= 3,
  },
  {
    target: 'full server (with the admin) start to first 200 < 2 s (issue 15)',
    measured: start
      ? `${start.full.firstApi200Ms} ms to the first API 200 (CPU ${start.full.cpuAtFirstApi200Ms} ms), ${start.full.firstAdmin200Ms} ms to the admin's first 200 (it loads Next); API-only ${start.apiOnly.firstApi200Ms} ms (CPU ${start.apiOnly.cpuAtFirstApi200Ms} ms); compiled, median of 3`
      : `not measured (${results.startError})`,
    met: start ? start.full.firstApi200Ms < 2000 : null,
  },
  {
    target: 'RSS at first 200 < 250 MB (issue 15)',
    measured: start
      ? `full server ${start.full.rssAtFirstApi200Mb} MB (${start.full.rssAtFirstAdmin200Mb} MB once the admin answered); API-only ${start.apiOnly.rssAtFirstApi200Mb} MB`
      : `not measured (${results.startError})`,
    met: start ? (start.full.rssAtFirstApi200Mb ?? Infinity) < 250 : null,
  },
  {
    target: 'cache hit ≥ 0.5x plain req/s (worst of the measured requests)',
    measured: `${worstWarm.throughput.toFixed(2)}x (${worstWarm.name})`,
    met: worstWarm.throughput >= 0.5,
  },
  { target: 'cache hit p99 ≤ 2x plain', measured: `${worstP99.toFixed(2)}x`, met: worstP99 <= 2 },
  {
    target: 'list p50 at 10,000 ≤ 1.5x at 100',
    measured: `${scale['100'].list.p50Ms} → ${scale['10000'].list.p50Ms} ms (${scaleRatio('list').toFixed(2)}x)`,
    met: scaleRatio('list') <= 1.5,
  },
  {
    target: 'by-slug p50 at 10,000 ≤ 1.5x at 100',
    measured: `${scale['100']['by slug'].p50Ms} → ${scale['10000']['by slug'].p50Ms} ms (${scaleRatio('by slug').toFixed(2)}x)`,
    met: scaleRatio('by slug') <= 1.5,
  },
  {
    target: 'RSS after the benchmark < 400 MB',
    measured: `${results.rssAfterBenchmarkMb} MB (warm server)`,
    met: typeof results.rssAfterBenchmarkMb === 'number' ? results.rssAfterBenchmarkMb < 400 : null,
  },
]

Object.assign(results, {
  cold,
  warm,
  plain,
  notModified,
  routeHandler,
  graphqlHandler,
  missRounds: { rest: restMissRounds, graphql: graphqlMissRounds },
  syndication: { hit: partnerHit, plain: partnerPlain, cacheOff: partnerMiss, path: partner.path },
  publishUnderLoad: { withoutPublishes: steady, publishingEvery2s: publishing },
  scale,
  targets,
  loadAverageAtEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
  cpuStealPercent: { hitRuns: hitRunsSteal, wholeRun: stealPercent(ticksAtStart, readCpuTicks()) },
  durationSeconds: Math.round((Date.now() - benchStartedAt) / 1000),
})
const machine = results.machine as { cpus: number; cpuModel: string; node: string }
const markdown = [
  `# Benchmark ${results.startedAt}`,
  '',
  `Machine: ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}, load average ${(results.loadAverageAtStart as number[]).join(' ')} at the start (a shared machine: other work ran alongside). Loopback, autocannon ${connections} connections, ${seconds} s per run; each run (but the scale runs) after ${warmupSeconds} s of the same request, not measured. ${results.server}.`,
  '',
  markdownTable(rows),
  '',
  '## Latency at scale (cache off, p50 / p99 ms)',
  '',
  '| request | 100 documents | 10,000 documents |',
  '| --- | ---: | ---: |',
  ...['list', 'by slug'].map(
    (name) =>
      `| ${name} | ${scale['100'][name].p50Ms} / ${scale['100'][name].p99Ms} | ${scale['10000'][name].p50Ms} / ${scale['10000'][name].p99Ms} |`,
  ),
  '',
  '## Publish under load (100 URLs, anonymous, cache on)',
  '',
  '| load | req/s | p50 ms | p99 ms | publishes | answers older than the last publish |',
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...[
    ['no publishes', steady],
    ['a reviewer publishes every 2 s', publishing],
  ].map(
    ([name, result]) =>
      `| ${name as string} | ${(result as PublishUnderLoadResult).requestsPerSecond} | ${(result as PublishUnderLoadResult).p50Ms} | ${(result as PublishUnderLoadResult).p99Ms} | ${(result as PublishUnderLoadResult).publishes} | ${(result as PublishUnderLoadResult).staleAnswers} of ${(result as PublishUnderLoadResult).answers} |`,
  ),
  '',
  '## Targets',
  '',
  targetsTable(targets),
  '',
  `Load average at the end: ${(results.loadAverageAtEnd as number[]).join(' ')}. CPU time taken by the host (steal): ${hitRunsSteal ?? 'unknown'}% during the hit runs, ${(results.cpuStealPercent as { wholeRun?: number }).wholeRun ?? 'unknown'}% over the whole run. Whole run: ${results.durationSeconds} s.`,
  '',
].join('\n')

writeFileSync(path.join(resultsDir, `${stamp}.json`), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(path.join(resultsDir, `${stamp}.md`), markdown)
writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`)
writeFileSync(path.join(resultsDir, 'latest.md'), markdown)
log('')
log(markdown)
log(`Written to bench-results/${stamp}.json and .md (also latest.*).`)
// The databases (about 15 MB) are only the benchmark's scratch space; BENCH_KEEP=1 keeps them.
if (process.env.BENCH_KEEP !== '1') rmSync(workDir, { recursive: true, force: true })
process.exit(0)
