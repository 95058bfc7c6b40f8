import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestServer, type TestServer } from '../helpers/testServer'
import { createCondition, createFaq, createProcedure } from './content'

let server: TestServer
let queries: string[] = []

type Queryable = Record<string, (...args: unknown[]) => Promise<unknown>>

/**
 * Records every statement the adapter sends: libsql's execute/batch on SQLite, the pool's query on
 * PostgreSQL (reads outside a transaction go straight to the pool).
 */
function countQueries(payload: Payload) {
  const db = payload.db as unknown as { client?: Queryable; pool?: Queryable; name: string }
  const target = db.name === 'postgres' ? db.pool : db.client
  const methods = db.name === 'postgres' ? ['query'] : ['execute', 'batch']
  if (!target) throw new Error(`no client to count queries on for ${db.name}`)
  for (const method of methods) {
    const original = target[method].bind(target)
    target[method] = (...args: unknown[]) => {
      const statement = args[0] as string | { sql?: string; text?: string }
      const text =
        typeof statement === 'string' ? statement : (statement?.sql ?? statement?.text ?? method)
      // The jobs runner polls its queue every second in the same process; that is not the request.
      if (!/payload_jobs/.test(text)) queries.push(text)
      return original(...args)
    }
  }
}

async function queriesFor(path: string) {
  queries = []
  const response = await fetch(`${server.baseUrl}${path}`)
  const body = await response.json()
  return { status: response.status, body, count: queries.length, statements: [...queries] }
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  const conditions = []
  for (let index = 0; index < 12; index += 1) conditions.push(await createCondition(payload))
  const procedures = []
  for (let index = 0; index < 12; index += 1) {
    procedures.push(
      await createProcedure(payload, [conditions[index].id, conditions[(index + 1) % 12].id]),
    )
  }
  for (let index = 0; index < 12; index += 1) {
    await createFaq(payload, [conditions[index].id], [procedures[index].id], index)
  }
  countQueries(payload)
  // Anonymous readers see only published relations (src/access/publishedRelationsOnly.ts): the
  // published ids are looked up once after each write and reused, so the first read after the
  // setup pays one query more. Pay it here; the budgets below are those of every later read.
  await fetch(`${server.baseUrl}/api/faqs?limit=1&depth=1&page=2`)
})
afterAll(() => server?.close())

const relatedCollections = [
  ['conditions', 1],
  ['procedures', 1],
  ['faqs', 2],
] as const

describe('database queries per list request', () => {
  test.each(relatedCollections)(
    'should read a depth-1 list of 10 %s in at most 1 + %i (related collections) queries',
    async (collection, related) => {
      const { status, body, count, statements } = await queriesFor(
        `/api/${collection}?limit=10&depth=1&pagination=false`,
      )
      expect(status).toBe(200)
      expect(body.docs).toHaveLength(10)
      // At least the documents and each related collection: proves the counting sees the queries.
      expect(count).toBeGreaterThanOrEqual(1 + related)
      expect(count, statements.join('\n---\n')).toBeLessThanOrEqual(1 + related)
    },
  )

  // A paginated list also counts the matching documents (totalDocs, totalPages): one query more.
  test.each(relatedCollections)(
    'should read a paginated depth-1 list of 10 %s in at most 2 + %i queries',
    async (collection, related) => {
      const { body, count, statements } = await queriesFor(`/api/${collection}?limit=10&depth=1`)
      expect(body.docs).toHaveLength(10)
      expect(body.totalDocs).toBe(12)
      expect(count, statements.join('\n---\n')).toBeLessThanOrEqual(2 + related)
    },
  )

  test('should answer a repeated list from the cache without any query', async () => {
    await queriesFor('/api/faqs?limit=10&depth=1&sort=order')
    const again = await queriesFor('/api/faqs?limit=10&depth=1&sort=order')
    expect(again.body.docs).toHaveLength(10)
    expect(again.count).toBe(0)
  })
})
