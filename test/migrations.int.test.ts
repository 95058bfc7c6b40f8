import { afterAll, expect, test } from 'vitest'

import { createTestDatabase, type TestDatabase } from './helpers/testDatabase'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'
let database: TestDatabase | undefined
let destroy: (() => Promise<void>) | undefined

afterAll(async () => {
  await destroy?.()
  await database?.drop()
})

// Production has no schema push: the committed migrations alone must build a working database.
test.skipIf(engine === 'mongodb')(
  'should build an empty database from the committed migrations at start, then seed it',
  async () => {
    database = await createTestDatabase()
    process.env.DATABASE_URL = database.url
    process.env.PAYLOAD_SECRET = 'migration-test-secret'
    ;(process.env as Record<string, string>).NODE_ENV = 'production'

    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    const { runSeed } = await import('../src/seed/runSeed')
    const payload = await getPayload({ config })
    destroy = async () => {
      await payload.destroy()
      ;(payload.db as { pool?: { on: (e: string, l: () => void) => void } }).pool?.on(
        'error',
        () => undefined,
      )
    }

    const { docs: applied } = await payload.find({
      collection: 'payload-migrations',
      limit: 100,
      pagination: false,
    })
    expect(applied.map((migration) => migration.name)).toContainEqual(
      expect.stringContaining('initial'),
    )
    expect(applied.every((migration) => migration.batch !== -1)).toBe(true)

    const report = await runSeed(payload)
    expect(report.filter((entry) => entry.outcome === 'created')).toHaveLength(report.length)
    expect((await payload.count({ collection: 'faqs' })).totalDocs).toBe(4)
  },
)
