import pg from 'pg'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { rateLimitTable } from '../../src/rateLimit/postgresStore'
import { requestsPerWindow } from '../../src/syndication/shape/rateLimitTiers'
import { type Cluster, onPostgres, partnerWithKey, startCluster } from './cluster'

/**
 * Issue 13: a partner's tier holds across three server processes on one PostgreSQL database
 * (within 10%), instead of each process granting the whole tier. MongoDB is not run here.
 */
if (!onPostgres) {
  console.log('Scale-out rate-limit suite skipped: it needs PostgreSQL (set TEST_POSTGRES_URL).')
}

let cluster: Cluster
let key: string
const tier = 'trial'
const allowed = requestsPerWindow(tier)

describe.skipIf(!onPostgres)('a partner tier across three server processes', () => {
  beforeAll(async () => {
    // A window long enough that the whole test falls inside one.
    cluster = await startCluster(3, { SYNDICATION_RATE_LIMIT_WINDOW_SECONDS: '600' })
    key = (await partnerWithKey(cluster, { rateLimitTier: tier })).key
  }, 300_000)
  afterAll(async () => {
    await cluster?.stop()
  })

  test('should hold the tier within 10% when requests go round-robin to 3 processes', async () => {
    const statuses: number[] = []
    // Three requests at a time, one per process, as a load balancer spreads them.
    for (let round = 0; round < Math.ceil((allowed * 1.5) / 3); round++) {
      const answers = await Promise.all(
        cluster.servers.map((server) =>
          fetch(`${server.baseUrl}/syndication/v1/conditions`, {
            headers: { authorization: `Bearer ${key}` },
          }).then(async (response) => {
            await response.arrayBuffer()
            return response.status
          }),
        ),
      )
      statuses.push(...answers)
    }
    const served = statuses.filter((status) => status === 200).length
    const limited = statuses.filter((status) => status === 429).length
    expect(served + limited).toBe(statuses.length)
    expect(served).toBeGreaterThanOrEqual(allowed * 0.9)
    expect(served).toBeLessThanOrEqual(allowed * 1.1)
    // The counts were shared through the table the store created itself, outside Payload's schema.
    const client = new pg.Client({ connectionString: cluster.databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query(`select sum(hits)::int as hits from ${rateLimitTable}`)
      expect(rows[0].hits).toBeGreaterThanOrEqual(statuses.length)
    } finally {
      await client.end()
    }
  }, 120_000)
})
