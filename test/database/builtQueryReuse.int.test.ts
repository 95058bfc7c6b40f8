/**
 * Payload's drizzle adapter built the SQL of a read afresh for every request: its where parser,
 * buildFindManyArgs and drizzle's relational query builder were about a fifth of a REST list miss.
 * Our patch (patches/@payloadcms+drizzle+*.patch, dist/find/builtQueries.js) keeps what it built
 * for a read, keyed by everything that goes into it, and runs that SQL again next time. These tests
 * hold it to what matters: an identical read builds nothing, a read that differs in any argument
 * gets its own query, and the rows are always read afresh. SQLite and PostgreSQL share the adapter
 * code; MongoDB has no SQL to build and is skipped.
 */
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import type { Faq } from '../../payload-types'
import { richText } from '../../src/seed/lexical'
import { seedSource } from '../helpers/seeded'
import { startTestServer, type TestServer } from '../helpers/testServer'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'

type Dialect = Record<string, (...args: unknown[]) => unknown>

/**
 * Spies on the drizzle dialect method Payload's adapter builds its relational queries with
 * (PostgreSQL's is the one without a primary-key requirement).
 */
function spyOnQueryBuilds(payload: Payload) {
  const { dialect } = (payload.db as unknown as { drizzle: { dialect: Dialect } }).drizzle
  const method = engine === 'postgres' ? 'buildRelationalQueryWithoutPK' : 'buildRelationalQuery'
  return vi.spyOn(dialect, method)
}

/** An anonymous reader's find: the access rules' where is part of what the adapter is given. */
const findFaqs = (payload: Payload, args: { where?: Where; sort?: string; page?: number }) =>
  payload.find({ collection: 'faqs', limit: 2, depth: 0, overrideAccess: false, ...args })

/**
 * A FAQ written as the system. Cast as test/cache/content.ts does: `answer` is Lexical JSON, and
 * the generated type asks for fields the collection's hooks fill in.
 */
const createFaq = (payload: Payload, question: string, status: 'draft' | 'published', order = 0) =>
  payload.create({
    collection: 'faqs',
    data: { question, answer: richText('An answer.'), order, _status: status },
    draft: status === 'draft',
    overrideAccess: true,
  } as never) as Promise<Faq>

const slugs = (result: { docs: { slug?: string | null }[] }) => result.docs.map((doc) => doc.slug)

describe.skipIf(engine === 'mongodb')(`Built read queries reused on ${engine}`, () => {
  let server: TestServer
  let payload: Payload
  let builds: ReturnType<typeof vi.spyOn>

  beforeAll(async () => {
    server = await startTestServer()
    payload = server.payload
    await seedSource(payload)
    builds = spyOnQueryBuilds(payload)
  })
  afterAll(async () => {
    builds?.mockRestore()
    await server?.close()
  })

  test('should build an identical read once and still read its rows afresh every time', async () => {
    // A filter and sort on fields of the main table: no joins, so the whole query is kept.
    const where: Where = { order: { less_than: 1000 } }
    const first = await findFaqs(payload, { where, sort: 'order' })
    expect(first.totalDocs).toBeGreaterThan(0)

    builds.mockClear()
    const again = await findFaqs(payload, { where, sort: 'order' })
    expect(again).toEqual(first)
    expect(builds).not.toHaveBeenCalled()

    // A new published FAQ that matches: the kept query runs again, so it is found at once.
    const added = await createFaq(
      payload,
      'Is this reuse test question read afresh?',
      'published',
      0,
    )
    builds.mockClear()
    const afterCreate = await findFaqs(payload, { where, sort: 'order' })
    expect(builds).not.toHaveBeenCalled()
    expect(afterCreate.totalDocs).toBe(first.totalDocs + 1)
    expect(slugs(afterCreate)).toContain(added.slug)

    await payload.delete({ collection: 'faqs', id: added.id, overrideAccess: true })
    expect(await findFaqs(payload, { where, sort: 'order' })).toEqual(first)
  })

  test('should give a read that differs in page, sort, where or its value its own query', async () => {
    const all = await payload.find({
      collection: 'faqs',
      limit: 0,
      sort: 'order',
      depth: 0,
      overrideAccess: false,
    })
    expect(all.docs.length).toBeGreaterThanOrEqual(4)
    const allSlugs = slugs(all)
    const bySlug = (slug: string) => findFaqs(payload, { where: { slug: { equals: slug } } })
    const [a, b] = [allSlugs[0]!, allSlugs[1]!]

    // Each read twice: the second time from a kept query. Each must still be its own answer.
    for (let round = 0; round < 2; round += 1) {
      expect(slugs(await findFaqs(payload, { sort: 'order', page: 1 }))).toEqual(
        allSlugs.slice(0, 2),
      )
      expect(slugs(await findFaqs(payload, { sort: 'order', page: 2 }))).toEqual(
        allSlugs.slice(2, 4),
      )
      expect(slugs(await findFaqs(payload, { sort: '-order', page: 1 }))).toEqual(
        allSlugs.slice(-2).reverse(),
      )
      expect(slugs(await bySlug(a))).toEqual([a])
      expect(slugs(await bySlug(b))).toEqual([b])
      expect(slugs(await findFaqs(payload, { where: { slug: { not_equals: a } } }))).not.toContain(
        a,
      )
      // A filter on a localized field joins its locale table: built each time, still right.
      const { question } = all.docs[0]!
      expect(slugs(await findFaqs(payload, { where: { question: { equals: question } } }))).toEqual(
        [a],
      )
    }
  })

  test('should give each locale its own query', async () => {
    const faq = await createFaq(payload, 'Is this the English reuse test question?', 'published', 0)
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      locale: 'es',
      data: { question: '¿Es esta la pregunta de prueba en español?', _status: 'published' },
      overrideAccess: true,
    })
    const inLocale = async (locale: 'en' | 'es') =>
      (
        await payload.find({
          collection: 'faqs',
          where: { slug: { equals: faq.slug } },
          locale,
          depth: 0,
          overrideAccess: false,
        })
      ).docs.map((doc) => doc.question)
    for (let round = 0; round < 2; round += 1) {
      expect(await inLocale('en')).toEqual(['Is this the English reuse test question?'])
      expect(await inLocale('es')).toEqual(['¿Es esta la pregunta de prueba en español?'])
    }
    await payload.delete({ collection: 'faqs', id: faq.id, overrideAccess: true })
  })

  test('should keep the access rules in the key: a draft stays hidden from anonymous readers', async () => {
    const draft = await createFaq(
      payload,
      'Is this unreviewed reuse test question hidden?',
      'draft',
      999,
    )
    const where: Where = { slug: { equals: draft.slug } }
    const asSystem = () =>
      payload.find({ collection: 'faqs', where, draft: true, depth: 0, overrideAccess: true })
    // The unrestricted read comes first, so a key without the access rules would hand its query on.
    expect(slugs(await asSystem())).toEqual([draft.slug])
    expect(slugs(await asSystem())).toEqual([draft.slug])
    expect(slugs(await findFaqs(payload, { where }))).toEqual([])
    expect(slugs(await findFaqs(payload, { where }))).toEqual([])
    await payload.delete({ collection: 'faqs', id: draft.id, overrideAccess: true })
  })
})

describe.runIf(engine === 'mongodb')('built read queries on mongodb', () => {
  test.skip('has no SQL to build: skipped (SQLite and PostgreSQL only)', () => {})
})
