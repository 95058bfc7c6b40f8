import type { CollectionAfterReadHook } from 'payload'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { createImage } from '../helpers/media'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { createCondition, createFaq, createProcedure } from './content'

/**
 * A publish drops only the cached answers that read what it changed (src/cache/recordReads.ts).
 * Each test caches an answer, changes something the answer shows only through a relation, a join,
 * a remembered value or a query through a relation, and checks that the next anonymous read shows
 * the change; and that an answer which read none of it is still served from the cache.
 */
let server: TestServer
let admin: StaffMember

/** How many times each condition was read for an anonymous REST answer: once per computation. */
const computations = new Map<string, number>()
const countAnonymousReads: CollectionAfterReadHook = ({ doc, req }) => {
  if (!req.user && req.payloadAPI === 'REST') {
    computations.set(String(doc.id), (computations.get(String(doc.id)) ?? 0) + 1)
  }
  return doc
}

beforeAll(async () => {
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
  const hooks = server.payload.collections.conditions.config.hooks
  hooks.afterRead = [...(hooks.afterRead ?? []), countAnonymousReads]
})
afterAll(() => server?.close())

type Read = { status: number; cache: string | null; body: Record<string, unknown> }

async function get(path: string): Promise<Read> {
  const response = await fetch(`${server.baseUrl}${path}`)
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    body: (await response.json()) as Record<string, unknown>,
  }
}

/** Reads `path` until the cache holds it (the second read is a hit), and returns that read. */
async function cached(path: string): Promise<Read> {
  await get(path)
  const hit = await get(path)
  expect(hit.cache).toBe('HIT')
  return hit
}

async function patch(collection: string, id: string | number, data: Record<string, unknown>) {
  const saved = await sendJson(
    'PATCH',
    `${server.baseUrl}/api/${collection}/${id}`,
    data,
    bearer(admin),
  )
  expect(saved.status).toBe(200)
}

const idsOf = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((item) =>
    String(item && typeof item === 'object' && 'id' in item ? item.id : item),
  )

describe('response cache: a publish drops only what read it', () => {
  test('should keep serving another document from the cache after a publish', async () => {
    const kept = await createCondition(server.payload)
    const changed = await createCondition(server.payload)
    await cached(`/api/conditions/${kept.id}?depth=0`)
    await cached(`/api/conditions/${changed.id}?depth=0`)
    const computedBefore = computations.get(String(kept.id))

    await patch('conditions', changed.id, { name: 'Renamed once', _status: 'published' })

    const after = await get(`/api/conditions/${changed.id}?depth=0`)
    expect(after.body.name).toBe('Renamed once')
    const untouched = await get(`/api/conditions/${kept.id}?depth=0`)
    expect(untouched.cache).toBe('HIT')
    expect(untouched.body.name).toBe(kept.name)
    // Not recomputed either, by a reader or by the background refresh of popular answers.
    expect(computations.get(String(kept.id))).toBe(computedBefore)
  })

  test('should drop a list of the collection when one of its documents is published', async () => {
    const condition = await createCondition(server.payload)
    const listPath = '/api/conditions?limit=200&depth=0'
    await cached(listPath)
    await patch('conditions', condition.id, { name: 'Renamed in a list', _status: 'published' })
    const after = await get(listPath)
    expect((after.body.docs as { name: string }[]).map(({ name }) => name)).toContain(
      'Renamed in a list',
    )
  })

  test('should drop a page that shows a populated relation when the related document changes', async () => {
    const condition = await createCondition(server.payload)
    const procedure = await createProcedure(server.payload, [condition.id])
    const faq = await createFaq(server.payload, [condition.id], [procedure.id])
    const path = `/api/faqs/${faq.id}?depth=1`
    const before = await cached(path)
    expect((before.body.relatedConditions as { name: string }[])[0].name).toBe(condition.name)

    await patch('conditions', condition.id, { name: 'Renamed through a FAQ', _status: 'published' })

    const after = await get(path)
    expect((after.body.relatedConditions as { name: string }[])[0].name).toBe(
      'Renamed through a FAQ',
    )
  })

  test('should drop a page whose join field lists a document that is unpublished', async () => {
    const condition = await createCondition(server.payload)
    const procedure = await createProcedure(server.payload, [condition.id])
    const path = `/api/conditions/${condition.id}?depth=0`
    const before = await cached(path)
    const joined = (before.body.relatedProcedures as { docs: unknown[] }).docs
    expect(idsOf(joined)).toContain(String(procedure.id))

    await patch('procedures', procedure.id, { _status: 'draft' })

    const after = await get(path)
    expect(idsOf((after.body.relatedProcedures as { docs: unknown[] }).docs)).not.toContain(
      String(procedure.id),
    )
  })

  test('should drop a depth-0 page that lists a relation checked against a remembered value', async () => {
    // At depth 0 the ids a reader may see are checked against the published ids of the related
    // collection, remembered until the next write (src/access/publishedRelationsOnly.ts). The
    // first FAQ read fills that memory; the second page is computed from it without reading.
    const condition = await createCondition(server.payload)
    const other = await createCondition(server.payload)
    const procedure = await createProcedure(server.payload, [condition.id])
    const first = await createFaq(server.payload, [other.id], [procedure.id])
    const second = await createFaq(server.payload, [condition.id], [procedure.id])
    await cached(`/api/faqs/${first.id}?depth=0`)
    const before = await cached(`/api/faqs/${second.id}?depth=0`)
    expect(idsOf(before.body.relatedConditions)).toEqual([String(condition.id)])

    await patch('conditions', condition.id, { _status: 'draft' })

    const after = await get(`/api/faqs/${second.id}?depth=0`)
    expect(idsOf(after.body.relatedConditions)).toEqual([])
  })

  test('should drop a list filtered through a relation when the related document changes', async () => {
    const condition = await createCondition(server.payload)
    const procedure = await createProcedure(server.payload, [condition.id])
    const byRelatedName = (name: string) =>
      `/api/procedures?depth=0&where[conditionsTreated.name][equals]=${encodeURIComponent(name)}`
    const renamed = `Renamed ${condition.name}`
    const before = await cached(byRelatedName(renamed))
    expect(before.body.docs).toEqual([])

    await patch('conditions', condition.id, { name: renamed, _status: 'published' })

    const after = await get(byRelatedName(renamed))
    expect(idsOf(after.body.docs)).toEqual([String(procedure.id)])
  })

  test('should drop a GraphQL answer that shows a related document when it changes', async () => {
    const condition = await createCondition(server.payload)
    const procedure = await createProcedure(server.payload, [condition.id])
    const query = `query ($slug: String!) {
      Conditions(where: { slug: { equals: $slug } }) {
        docs { name relatedProcedures { docs { ... on Procedure { name } } } }
      }
    }`
    const ask = () => graphql(server.baseUrl, query, { slug: condition.slug })
    await ask()
    const hit = await ask()
    expect(hit.headers.get('x-cache')).toBe('HIT')

    await patch('procedures', procedure.id, { name: 'Renamed procedure', _status: 'published' })

    const after = await ask()
    const docs = (after.body as { data: { Conditions: { docs: unknown[] } } }).data.Conditions.docs
    expect(JSON.stringify(docs)).toContain('Renamed procedure')
  })

  test('should drop a page that shows an image when the image is changed', async () => {
    const media = await createImage(server.payload, { alt: 'A grey square', name: 'grey.png' })
    const condition = await createCondition(server.payload)
    await server.payload.update({
      collection: 'conditions',
      id: condition.id,
      data: { image: media.id, _status: 'published' },
      overrideAccess: true,
    })
    const path = `/api/conditions/${condition.id}?depth=1`
    const before = await cached(path)
    expect((before.body.image as { alt: string }).alt).toBe('A grey square')

    await patch('media', media.id, { alt: 'A darker grey square' })

    const after = await get(path)
    expect((after.body.image as { alt: string }).alt).toBe('A darker grey square')
  })
})
