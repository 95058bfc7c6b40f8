import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, sendJson } from '../helpers/http'
import { type Cluster, onPostgres, partnerWithKey, startCluster } from './cluster'

/**
 * Issue 13: publishes made at the same moment through different server processes on one
 * PostgreSQL database all succeed, and every partner paging the change log sees every event
 * exactly once and in order, also while the publishes are still in flight.
 */
if (!onPostgres) {
  console.log('Scale-out change-log suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).')
}

const publishes = 50
let cluster: Cluster
let partnerKey: string

type Event = { sequence: number; slug: string; cursor: string }

/** Pages /changes from a cursor until the feed says there is no more, on the given server. */
async function pageFrom(baseUrl: string, since: string | undefined, limit: number) {
  const events: Event[] = []
  let cursor = since
  for (let page = 0; page < 1000; page++) {
    const query = new URLSearchParams({
      limit: String(limit),
      ...(cursor ? { since: cursor } : {}),
    })
    const { status, body } = await getJson(`${baseUrl}/syndication/v1/changes?${query}`, {
      authorization: `Bearer ${partnerKey}`,
    })
    expect(status).toBe(200)
    events.push(...body.events)
    cursor = body.nextCursor
    if (!body.hasMore) return { events, cursor }
  }
  throw new Error('the changes feed never ended')
}

/**
 * A partner polling while publishes happen: it pages to the end, stores the cursor, and asks
 * again, over and over, until `done` says stop and one last poll comes back empty-handed.
 */
async function pollUntil(done: () => boolean, startServer: number, limit: number) {
  const seen: Event[] = []
  let cursor: string | undefined
  let round = 0
  for (;;) {
    const finished = done()
    const server = cluster.roundRobin(startServer + round++)
    const page = await pageFrom(server.baseUrl, cursor, limit)
    seen.push(...page.events)
    cursor = page.cursor
    if (finished) return seen
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe.skipIf(!onPostgres)('the change log across three server processes', () => {
  beforeAll(async () => {
    cluster = await startCluster(3)
    partnerKey = (await partnerWithKey(cluster)).key
  }, 240_000)
  afterAll(async () => {
    await cluster?.stop()
  })

  test('should accept 50 concurrent publishes on 3 processes and show every reader each event once, in order', async () => {
    let publishing = true
    const readers = [0, 1, 2].map((start) => pollUntil(() => !publishing, start, [1, 3, 7][start]!))
    const results = await Promise.all(
      Array.from({ length: publishes }, (_, index) =>
        sendJson(
          'POST',
          `${cluster.roundRobin(index).baseUrl}/api/conditions`,
          {
            name: `Concurrent condition ${index}`,
            slug: `concurrent-${index}`,
            summary: 'Published at the same moment as 49 others.',
            indication: { status: 'unknown' },
            _status: 'published',
          },
          { authorization: `JWT ${cluster.reviewerToken}` },
        ),
      ),
    )
    publishing = false
    const failed = results.filter(({ status }) => status !== 201)
    expect(failed.map(({ status, body }) => ({ status, body }))).toEqual([])

    const expectedSlugs = Array.from({ length: publishes }, (_, index) => `concurrent-${index}`)
    const checkReader = (events: Event[]) => {
      const sequences = events.map(({ sequence }) => sequence)
      // Each event once, in order, none skipped: the sequences are 1, 2, 3 … with no gap.
      expect(sequences).toEqual(sequences.map((_, index) => index + 1))
      expect(events.map(({ slug }) => slug).sort()).toEqual([...expectedSlugs].sort())
    }
    for (const events of await Promise.all(readers)) checkReader(events)

    // Readers starting afterwards, from the start and from a cursor in the middle, on each server.
    const whole = await pageFrom(cluster.servers[0]!.baseUrl, undefined, 100)
    checkReader(whole.events)
    const middle = whole.events[Math.floor(publishes / 2) - 1]!
    for (const server of cluster.servers) {
      const rest = await pageFrom(server.baseUrl, middle.cursor, 4)
      expect(rest.events.map(({ sequence }) => sequence)).toEqual(
        whole.events.slice(Math.floor(publishes / 2)).map(({ sequence }) => sequence),
      )
    }
  }, 180_000)
})
