import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import pg from 'pg'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { sendJson } from '../helpers/http'
import { type Cluster, onPostgres, partnerWithKey, startCluster } from './cluster'

/**
 * Issue 13: three server processes poll the jobs queue on one PostgreSQL database; each partner
 * webhook is delivered once and each scheduled publish runs once, and an idle process asks the
 * database at most one thing per tick of its every-second runner.
 */
if (!onPostgres) {
  console.log('Scale-out jobs suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).')
}

const publishes = 20
const schedules = 6
let cluster: Cluster
let receiver: Server
let receiverUrl: string
/** Each delivery as the receiver saw it: the Standard Webhooks id names one (partner, event). */
const deliveries: string[] = []
/** A Payload in the test process on the cluster's database (no jobs runner), as a script would be. */
let payload: Payload

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function waitFor(check: () => Promise<boolean>, what: string, deadlineMs = 90_000) {
  const until = Date.now() + deadlineMs
  while (Date.now() < until) {
    if (await check()) return
    await wait(500)
  }
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: dueJobs(),
    pagination: false,
    overrideAccess: true,
  })
  const open = docs.map(({ taskSlug, processing, hasError, totalTried, waitUntil, error }) => ({
    taskSlug,
    processing,
    hasError,
    totalTried,
    waitUntil,
    error,
  }))
  throw new Error(
    `gave up waiting for ${what}: ${deliveries.length} deliveries; open jobs ${JSON.stringify(open).slice(0, 1500)}`,
  )
}

/** Jobs due now and not finished (the review digest waits for its hour; it is not counted). */
const dueJobs = (): Where => ({
  and: [
    { completedAt: { exists: false } },
    {
      or: [
        { waitUntil: { exists: false } },
        { waitUntil: { less_than_equal: new Date().toISOString() } },
      ],
    },
  ],
})

const openJobs = async () =>
  (await payload.count({ collection: 'payload-jobs', where: dueJobs(), overrideAccess: true }))
    .totalDocs

describe.skipIf(!onPostgres)('the jobs queue polled by three server processes', () => {
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      deliveries.push(String(req.headers['webhook-id']))
      req.resume()
      req.on('end', () => res.writeHead(204).end())
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`

    // The runners as deployed: webhooks every second, scheduled publishes at the top of each
    // minute (so all three processes reach a due schedule at the same tick).
    cluster = await startCluster(3, { SYNDICATION_WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })
    await partnerWithKey(cluster, { webhook: { url: receiverUrl } })

    process.env.DATABASE_URL = cluster.databaseUrl
    process.env.PAYLOAD_SECRET = 'scale-out-secret'
    process.env.PAYLOAD_MIGRATING = 'true'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    payload = await getPayload({ config })
  }, 300_000)

  afterAll(async () => {
    await payload?.destroy()
    await cluster?.stop()
    await new Promise((resolve) => receiver?.close(resolve))
  })

  test('should deliver each partner webhook exactly once', async () => {
    const created = await Promise.all(
      Array.from({ length: publishes }, (_, index) =>
        sendJson(
          'POST',
          `${cluster.roundRobin(index).baseUrl}/api/conditions`,
          {
            name: `Webhook condition ${index}`,
            slug: `webhook-${index}`,
            summary: 'Partners hear of this once.',
            indication: { status: 'unknown' },
            _status: 'published',
          },
          { authorization: `JWT ${cluster.reviewerToken}` },
        ),
      ),
    )
    expect(created.map(({ status }) => status)).toEqual(created.map(() => 201))
    await waitFor(
      async () => deliveries.length >= publishes && (await openJobs()) === 0,
      'deliveries',
    )
    // A few more ticks on every process: a job run twice would show up now.
    await wait(3000)
    expect(deliveries).toHaveLength(publishes)
    expect(new Set(deliveries).size).toBe(publishes)
  }, 180_000)

  test('should run each scheduled publish exactly once', async () => {
    const { docs: admins } = await payload.find({
      collection: 'users',
      where: { roles: { contains: 'admin' } },
      limit: 1,
      overrideAccess: true,
    })
    const drafts = await Promise.all(
      Array.from({ length: schedules }, (_, index) =>
        payload.create({
          collection: 'conditions',
          data: {
            name: `Scheduled condition ${index}`,
            slug: `scheduled-${index}`,
            summary: 'Goes live when its schedule runs.',
            indication: { status: 'unknown' },
            _status: 'draft',
          } as never,
          draft: true,
          overrideAccess: true,
        }),
      ),
    )
    // All due at once; every process's minutely runner finds them at the same tick.
    const due = new Date(Date.now() + 1000)
    for (const draft of drafts) {
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type: 'publish',
          doc: { relationTo: 'conditions', value: String(draft.id) },
          user: { relationTo: 'users', value: admins[0]!.id },
        } as never,
        waitUntil: due,
      })
    }
    const unfinishedSchedules = async () =>
      (
        await payload.count({
          collection: 'payload-jobs',
          where: {
            and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }],
          },
          overrideAccess: true,
        })
      ).totalDocs
    await waitFor(
      async () => (await unfinishedSchedules()) === 0,
      'the scheduled publishes',
      150_000,
    )
    await wait(3000)
    for (const draft of drafts) {
      const published = await payload.countVersions({
        collection: 'conditions',
        where: {
          and: [{ parent: { equals: draft.id } }, { 'version._status': { equals: 'published' } }],
        },
        overrideAccess: true,
      })
      expect({ id: draft.id, publishedVersions: published.totalDocs }).toEqual({
        id: draft.id,
        publishedVersions: 1,
      })
    }
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(jobs.map((job) => job.totalTried)).toEqual(jobs.map(() => 1))
  }, 180_000)

  test('should ask the database at most one thing per process per tick while idle', async () => {
    const database = new URL(cluster.databaseUrl).pathname.slice(1)
    const stats = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL })
    await stats.connect()
    // Transactions committed in the cluster's database: every statement outside a transaction is
    // one. PostgreSQL publishes these counts about once a second, so the window is long.
    const committed = async () =>
      Number(
        (
          await stats.query('select xact_commit from pg_stat_database where datname = $1', [
            database,
          ])
        ).rows[0].xact_commit,
      )
    try {
      // Idle: what the publishes and schedules above set off (webhooks, cache refreshes) is done.
      await waitFor(async () => (await openJobs()) === 0, 'the queue to empty')
      await wait(15_000)
      // The quietest of three windows: the database's own maintenance (autovacuum and analyze
      // after the publishes above) commits transactions too, in bursts the servers did not ask for.
      const windowSeconds = 10
      const rates: number[] = []
      for (let window = 0; window < 3; window += 1) {
        const before = await committed()
        await wait(windowSeconds * 1000)
        rates.push(((await committed()) - before) / (3 * windowSeconds))
      }
      const perProcessPerTick = Math.min(...rates)
      console.log(
        `idle jobs polling: ${rates.map((rate) => rate.toFixed(2)).join(', ')} statements per process per second`,
      )
      // One count per tick of the every-second runner, plus the once-a-minute runners' own ticks
      // (schedule check, count, claim) where the window holds a minute's turn.
      expect(perProcessPerTick).toBeLessThanOrEqual(1.5)
    } finally {
      await stats.end()
    }
  }, 120_000)
})
