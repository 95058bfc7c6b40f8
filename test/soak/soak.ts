/**
 * `npm run soak`: the deployment docs/deploy.md describes, on loopback, under a mixed load for a
 * few minutes: 3 server processes in production mode behind HAProxy, one PostgreSQL database (a
 * fresh one on TEST_POSTGRES_URL's server), images in one S3 bucket (a local S3 server). One
 * process is killed with SIGKILL mid-run and started again. Prints a report (also written to
 * data/soak/report.json) and exits 1 when a check fails. Not part of `npm test`.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { toolingConfiguration } from '../../src/config'
import { startLocalS3 } from '../media/s3Server'
import { createAccounts, createPartnerKey } from './accounts'
import { lostPublishes, partnerLimit, serverErrors, summarise, unreadableMedia } from './checks'
import {
  createDatabase,
  freePort,
  haproxyVersion,
  soakFolder,
  startHaproxy,
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from './deployment'
import { runMixedLoad } from './load'

const loadSeconds = 150
const killAfterSeconds = 50
const downSeconds = 5
const trialTier = 60

const haproxy = haproxyVersion()
if (!haproxy) {
  console.error('HAProxy is not installed: apt-get install -y haproxy (Debian), then run again.')
  process.exit(2)
}
const postgresServer =
  toolingConfiguration().testPostgresUrl ?? 'postgres://cms_ci:cms_ci@127.0.0.1:5432/postgres'
const log = (line: string) =>
  console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`)

fs.rmSync(soakFolder, { recursive: true, force: true })
const loadAverages: number[][] = [os.loadavg()]
const sampler = setInterval(() => loadAverages.push(os.loadavg()), 5000)
const s3 = await startLocalS3('soak-media')
const database = await createDatabase(postgresServer)
const balancerPort = await freePort()
const ports = [await freePort(), await freePort(), await freePort()]
const secret = randomBytes(32).toString('hex')
const env = (name: string) => ({
  NODE_ENV: 'production',
  PAYLOAD_SECRET: secret,
  DATABASE_URL: database.url,
  SERVER_URL: `http://127.0.0.1:${balancerPort}`,
  TRUST_PROXY: 'loopback',
  // Each process its own, empty media folder: every image must come from the bucket.
  MEDIA_DIR: path.join(soakFolder, `media-${name}`),
  ...s3.env,
})
const servers: ServerProcess[] = []
let balancer: Awaited<ReturnType<typeof startHaproxy>> | undefined
let failed = true

try {
  // The first process applies the migrations and seeds; the others start on a ready database.
  log(`HAProxy: ${haproxy}; database ${new URL(database.url).pathname.slice(1)}`)
  servers.push(await startServerProcess('s1', ports[0], env('s1')))
  log('s1 ready (migrated and seeded); starting s2 and s3')
  servers.push(
    ...(await Promise.all([
      startServerProcess('s2', ports[1], env('s2')),
      startServerProcess('s3', ports[2], env('s3')),
    ])),
  )
  balancer = await startHaproxy(
    balancerPort,
    servers.map(({ name, port }) => ({ name, port })),
  )
  log(`HAProxy on ${balancer.baseUrl} in front of ${servers.map((s) => s.baseUrl).join(', ')}`)

  const accounts = await createAccounts(balancer.baseUrl)
  const partnerKey = await createPartnerKey(
    balancer.baseUrl,
    accounts.admin,
    'Soak partner',
    'standard',
  )
  const trialKey = await createPartnerKey(
    balancer.baseUrl,
    accounts.admin,
    'Trial partner',
    'trial',
  )
  const conditions = (await (
    await fetch(`${balancer.baseUrl}/api/conditions?limit=2&depth=0&sort=slug`)
  ).json()) as { docs: { id: string }[] }
  const publishTargets = conditions.docs.map(({ id }) => String(id))

  const startedAt = Date.now()
  const context = {
    balancer: balancer.baseUrl,
    servers,
    editor: accounts.editor,
    reviewer: accounts.reviewer,
    partnerKey,
    publishTargets,
    deadline: startedAt + loadSeconds * 1000,
  }
  log(`mixed load for ${loadSeconds} s; SIGKILL to s2 after ${killAfterSeconds} s`)
  const killed = (async () => {
    await new Promise((resolve) => setTimeout(resolve, killAfterSeconds * 1000))
    const victim = servers[1]
    const exited = new Promise((resolve) => victim.child.once('exit', resolve))
    const killedAt = Date.now()
    victim.child.kill('SIGKILL')
    victim.alive = false
    await exited
    log(`s2 killed; starting it again in ${downSeconds} s`)
    await new Promise((resolve) => setTimeout(resolve, downSeconds * 1000))
    servers[1] = await startServerProcess('s2', victim.port, env('s2'))
    const restartedAt = Date.now()
    log(`s2 ready again after ${((restartedAt - killedAt) / 1000).toFixed(1)} s`)
    return { killedAt, restartedAt }
  })()
  const loadLog = await runMixedLoad(context)
  const { killedAt, restartedAt } = await killed
  log('load finished; checking acknowledged writes and media on every process')

  const lost = await lostPublishes(servers, accounts.reviewer, loadLog)
  const media = await unreadableMedia(servers, accounts.editor, loadLog)
  const limit = await partnerLimit(servers, trialKey, trialTier * 2)
  const errors = serverErrors(loadLog.outcomes, killedAt, restartedAt)
  const bucketObjects = (await s3.keys()).length

  const report = {
    ranAt: new Date(startedAt).toISOString(),
    machine: { cpus: os.cpus().length, node: process.version, haproxy },
    loadAverage: {
      atStart: loadAverages[0].map((value) => Number(value.toFixed(2))),
      highestOneMinute: Number(Math.max(...loadAverages.map(([one]) => one)).toFixed(2)),
      atEnd: os.loadavg().map((value) => Number(value.toFixed(2))),
    },
    seconds: loadSeconds,
    processes: servers.length,
    kill: {
      afterSeconds: killAfterSeconds,
      readyAgainAfterSeconds: Number(((restartedAt - killedAt) / 1000).toFixed(1)),
    },
    requests: summarise(loadLog.outcomes),
    publishesAcknowledged: loadLog.publishes.length,
    readsOneSecondAfterPublish: loadLog.freshReads + loadLog.staleReads.length,
    staleReads: loadLog.staleReads.length,
    staleDetail: loadLog.staleReads.slice(0, 10),
    acknowledgedWritesLost: lost.length,
    lostDetail: lost.slice(0, 10),
    uploadsAcknowledged: loadLog.uploads.length,
    mediaFilesReadThroughEveryProcess: media.filesRead,
    mediaProblems: media.problems.length,
    mediaDetail: media.problems.slice(0, 10),
    bucketObjects,
    serverErrors: errors,
    partnerLimit: {
      tierPerWindow: trialTier,
      ...limit,
      heldWithin10Percent: limit.accepted <= trialTier * 1.1,
    },
  }
  fs.writeFileSync(path.join(soakFolder, 'report.json'), JSON.stringify(report, null, 2))
  console.log(JSON.stringify(report, null, 2))
  failed =
    report.staleReads > 0 ||
    report.acknowledgedWritesLost > 0 ||
    report.mediaProblems > 0 ||
    errors.other > 0 ||
    !report.partnerLimit.heldWithin10Percent ||
    report.publishesAcknowledged === 0 ||
    report.uploadsAcknowledged === 0
  log(failed ? 'FAILED: see the report above' : 'passed')
} catch (error) {
  console.error(`The soak could not run: ${(error as Error).stack}`)
} finally {
  clearInterval(sampler)
  await balancer?.stop()
  await Promise.all(servers.map(stopServerProcess))
  await database.drop().catch(() => undefined)
  await s3.close()
}
process.exit(failed ? 1 : 0)
