import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Lists and by-slug reads must not slow down as content grows: the indexes they need exist, and on
 * SQLite the planner uses them instead of sorting every published row. (Latency at 100 and 10,000
 * documents is measured by `npm run bench`, not asserted here.)
 */
let server: TestServer

type Sql = (sql: string) => Promise<Record<string, unknown>[]>

function sqlRunner(payload: Payload): Sql {
  const db = payload.db as unknown as {
    name: string
    client?: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
    pool?: { query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  }
  if (db.name === 'postgres') return async (sql) => (await db.pool!.query(sql)).rows
  return async (sql) => (await db.client!.execute(sql)).rows
}

/** Each index on a table as its column list, e.g. "_status,created_at". */
async function indexedColumns(payload: Payload, table: string): Promise<string[]> {
  const sql = sqlRunner(payload)
  if (payload.db.name === 'postgres') {
    const rows = await sql(`select indexdef from pg_indexes where tablename = '${table}'`)
    return rows.map(({ indexdef }) =>
      String(/\(([^)]+)\)\s*$/.exec(String(indexdef))?.[1] ?? '').replace(/[\s"]/g, ''),
    )
  }
  const indexes = await sql(`pragma index_list('${table}')`)
  return Promise.all(
    indexes.map(async ({ name }) =>
      (await sql(`pragma index_info('${String(name)}')`)).map(({ name: column }) => column).join(),
    ),
  )
}

beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server?.close())

describe('indexes for public reads', () => {
  test.each(['conditions', 'procedures', 'aftercare_steps', 'faqs'])(
    'should have a unique slug index on %s',
    async (table) => {
      expect(await indexedColumns(server.payload, table)).toContain('slug')
    },
  )

  test.each([
    ['conditions', '_status,created_at'],
    ['procedures', '_status,created_at'],
    ['faqs', '_status,order'],
    ['faqs', '_status,created_at'],
    ['aftercare_steps', '_status,order'],
  ])('should index %s by status and default order (%s)', async (table, columns) => {
    expect(await indexedColumns(server.payload, table)).toContain(columns)
  })

  test.each([
    ['conditions_locales', '_parent_id'],
    ['conditions_texts', 'parent_id'],
    ['procedures_locales', '_parent_id'],
    ['faqs_locales', '_parent_id'],
  ])('should look up %s by its document (%s) with an index', async (table, column) => {
    const indexes = await indexedColumns(server.payload, table)
    expect(indexes.some((columns) => columns.split(',')[0] === column)).toBe(true)
  })

  test('should read a published list in index order, without sorting every row (SQLite plan)', async () => {
    if (server.payload.db.name !== 'sqlite') return
    const plan = await sqlRunner(server.payload)(
      "explain query plan select id from conditions where _status = 'published' order by created_at desc limit 10",
    )
    const steps = plan.map(({ detail }) => String(detail))
    expect(steps.join('\n')).toMatch(/USING (COVERING )?INDEX/)
    expect(steps.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
  })
})
