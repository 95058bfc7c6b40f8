import autocannon from 'autocannon'
import { writeFileSync, readFileSync } from 'node:fs'
import { runScript, startChildServer } from '../childServer'
import { recordFixture } from '../fixtures'
import { partnerScenario, mainScenarios } from '../scenarios'

const env = { DATABASE_URL: 'file:/tmp/ph/exp.db', PAYLOAD_SECRET: 'bench-secret', PAYLOAD_MIGRATING: 'true', NEXT_TELEMETRY_DISABLED: '1' }
await runScript('bench/setupActors.ts', ['/tmp/ph/exp-actors.json'], env)
const actors = JSON.parse(readFileSync('/tmp/ph/exp-actors.json', 'utf8'))
const partner = partnerScenario(actors.partnerKey)
const pub = mainScenarios[0]
const server = await startChildServer(3106, env)
const fixtures = []
for (const s of [partner, pub]) {
  await fetch(server.baseUrl + s.path, { headers: s.headers })
  const r = await fetch(server.baseUrl + s.path, { headers: s.headers })
  console.log(s.name, r.headers.get('x-cache'))
  fixtures.push(await recordFixture('GET', s.path, r))
}
writeFileSync('/tmp/ph/exp-fixtures.json', JSON.stringify(fixtures))
const plain = await startChildServer(3107, { BENCH_FIXTURES: '/tmp/ph/exp-fixtures.json' }, 'bench/plainServer.ts')
async function run(base: string, s: any, rate?: number) {
  const r: any = await autocannon({ url: base + s.path, headers: s.headers, duration: 5, connections: 10, ...(rate ? { overallRate: rate } : {}) })
  const l = r.latency
  return `${Math.round(r.requests.average)} req/s p50 ${l.p50} p90 ${l.p90} p97.5 ${l.p97_5} p99 ${l.p99} p99.9 ${l.p99_9} max ${l.max} mean ${l.average}`
}
for (const rate of [undefined, undefined, 10000, 5000]) {
  for (const [name, base] of [['plain', plain.baseUrl], ['cms', server.baseUrl]] as const) {
    await run(base, partner, rate)
    console.log(`partner ${name} rate=${rate ?? 'max'}: ${await run(base, partner, rate)}`)
  }
  console.log(`public cms rate=${rate ?? 'max'}: ${await run(server.baseUrl, pub, rate)}`)
}
await plain.stop(); await server.stop()
