import { spawn } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer, type TestServer } from '../helpers/testServer'
import {
  idFieldNames,
  numericIds,
  previousAdmin,
  readEverything,
  type Doc,
  type Snapshot,
  stringIdsMigration,
  withStringIds,
} from './snapshot'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Runs the server as it was before the upgrade in its own process; returns what it served. */
async function snapshotBeforeUpgrade(databaseUrl: string): Promise<Snapshot> {
  const script = path.resolve(process.cwd(), 'test/migrations/beforeStringIds.ts')
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const line = output.split('\n').find((text) => text.startsWith('SNAPSHOT '))
  if (code !== 0 || !line)
    throw new Error(`the old server failed (${code}):\n${output.slice(-4000)}`)
  return JSON.parse(line.slice('SNAPSHOT '.length)) as Snapshot
}

// SQLite only: PostgreSQL has had UUIDs from its first migration, MongoDB has no migrations.
describe.skipIf(engine !== 'sqlite')('upgrading a SQLite database made with integer IDs', () => {
  let database: TestDatabase
  let before: Snapshot
  let server: TestServer
  let authorization: string

  beforeAll(async () => {
    database = await createTestDatabase()
    process.env.PAYLOAD_SECRET = 'test-secret'
    before = await snapshotBeforeUpgrade(database.url)
    // The new version starts as `npm start` does: in production, it runs the pending migrations.
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    server = await startTestServer({ database })
    const login = await sendJson('POST', `${server.baseUrl}/api/users/login`, previousAdmin)
    authorization = `JWT ${login.body.token}`
  }, 240_000)

  afterAll(async () => {
    await server?.close()
  })

  test('should have made a database with integer IDs and content in every part', () => {
    expect(Object.keys(before.collections.conditions).length).toBeGreaterThan(0)
    expect(before.collections.conditions[Object.keys(before.collections.conditions)[0]].id).toEqual(
      expect.any(Number),
    )
    for (const slug of ['faqs', 'aftercare-steps', 'partners', 'partner-keys', 'users']) {
      expect(Object.keys(before.collections[slug] ?? {}), slug).not.toHaveLength(0)
    }
    expect(Object.keys(before.versions.conditions).length).toBeGreaterThan(0)
  })

  test('should record the migration as applied', async () => {
    const { docs } = await server.payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(docs.map(({ name }) => name)).toContain(stringIdsMigration)
  })

  test('should serve every document, version and global over REST with the same content and string IDs', async () => {
    const after = await readEverything(server.baseUrl, authorization, server.payload)
    const idNames = idFieldNames(server.payload)
    for (const part of ['collections', 'versions'] as const) {
      for (const [slug, docs] of Object.entries(before[part])) {
        for (const [id, doc] of Object.entries(docs)) {
          // Signing in to the new server added a session to the admin's own; the old ones remain.
          const { sessions: sessionsAfter, ...served } = after[part][slug]?.[id] ?? {}
          const { sessions: sessionsBefore, ...expected } = withStringIds(doc, idNames) as Doc
          expect(served, `${part} ${slug} ${id}`).toEqual(expected)
          expect(sessionsAfter ?? []).toEqual(expect.arrayContaining((sessionsBefore as []) ?? []))
        }
      }
    }
    // Payload's scheduler stats change whenever a schedule ticks, upgrade or not.
    const { 'payload-jobs-stats': _ticked, ...globals } = after.globals
    const { 'payload-jobs-stats': _tickedBefore, ...globalsBefore } = before.globals
    // The disclaimer became translatable: its one text is now the English one.
    const settingsBefore = globalsBefore['clinic-settings'] as Record<string, unknown>
    expect(settingsBefore.medicalDisclaimer).toEqual(expect.any(String))
    globalsBefore['clinic-settings'] = {
      ...settingsBefore,
      medicalDisclaimer: { en: settingsBefore.medicalDisclaimer },
    }
    expect(globals).toEqual(withStringIds(globalsBefore, idNames))
    expect(Object.keys(globals)).toContain('clinic-settings')
    expect(numericIds(after, idNames)).toEqual([])
  })

  test('should answer GraphQL queries that take the old IDs as strings', async () => {
    const [conditionId, condition] = Object.entries(before.collections.conditions)[0]
    const { body } = await graphql(
      server.baseUrl,
      'query ($id: String!) { Condition(id: $id, draft: true) { id slug updatedAt } }',
      { id: conditionId },
      { authorization },
    )
    expect(body).toEqual({
      data: {
        Condition: { id: conditionId, slug: condition.slug, updatedAt: condition.updatedAt },
      },
    })

    const faqs = await graphql(
      server.baseUrl,
      '{ Faqs(limit: 20, draft: true) { docs { id relatedConditions { id } relatedProcedures { id } } } }',
      {},
      { authorization },
    )
    const expected = Object.values(before.collections.faqs).map((faq) => ({
      id: String(faq.id),
      relatedConditions: ((faq.relatedConditions as number[]) ?? []).map((id) => ({
        id: String(id),
      })),
      relatedProcedures: ((faq.relatedProcedures as number[]) ?? []).map((id) => ({
        id: String(id),
      })),
    }))
    expect(faqs.body.errors).toBeUndefined()
    expect(faqs.body.data.Faqs.docs).toEqual(expect.arrayContaining(expected))
    expect(faqs.body.data.Faqs.docs).toHaveLength(expected.length)
  })

  test('should keep a link made before the upgrade working at its old address', async () => {
    const [conditionId, condition] = Object.entries(before.collections.conditions)[0]
    const response = await fetch(`${server.baseUrl}/api/conditions/${conditionId}?depth=0`, {
      headers: { authorization },
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ id: conditionId, slug: condition.slug })
  })

  test('should give a new document a UUID', async () => {
    const created = await sendJson(
      'POST',
      `${server.baseUrl}/api/partners`,
      { name: 'After the upgrade', status: 'active', rateLimitTier: 'standard' },
      { authorization },
    )
    expect(created.status).toBe(201)
    expect(created.body.doc.id).toMatch(uuidPattern)
  })
})
