import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewAllPublished, reviewAndPublish } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let fixture: Awaited<ReturnType<typeof syndicationFixture>>
let seededEvents: number

type Event = { sequence: number; kind: string; slug: string; cursor: string; tombstone: boolean }

/** Every event from a cursor on, following nextCursor page by page. */
async function pageThrough(since?: string, limit = 3): Promise<Event[]> {
  const events: Event[] = []
  let cursor = since
  for (let page = 0; page < 100; page++) {
    const query = new URLSearchParams({
      limit: String(limit),
      ...(cursor ? { since: cursor } : {}),
    })
    const { status, body } = await fixture.get(`/changes?${query}`)
    expect(status).toBe(200)
    events.push(...body.events)
    if (!body.hasMore) return events
    cursor = body.nextCursor
  }
  throw new Error('the changes feed never ended')
}

const bySlug = async (collection: 'conditions' | 'faqs' | 'aftercare-steps', slug: string) =>
  (
    await server.payload.find({
      collection,
      where: { slug: { equals: slug } },
      overrideAccess: true,
      limit: 1,
    })
  ).docs[0]!

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  // Partners receive reviewed content only; the seed publishes without a review.
  await reviewAllPublished(server.payload)
  fixture = await syndicationFixture(server.baseUrl, server.payload)
  seededEvents = (await pageThrough(undefined, 100)).length

  const payload = server.payload
  const created = await payload.create({
    collection: 'conditions',
    data: {
      name: 'Chronic Migraine',
      slug: 'chronic-migraine',
      summary: 'Headaches on most days.',
      _status: 'draft',
    } as never,
    draft: true,
    overrideAccess: true,
  })
  await reviewAndPublish(payload, 'conditions', created.id)
  await reviewAndPublish(payload, 'conditions', created.id, {
    summary: 'Headaches on fifteen or more days a month.',
  })
  // A draft on top of published content tells partners nothing.
  await payload.update({
    collection: 'conditions',
    id: created.id,
    data: { summary: 'An unreviewed draft.' },
    draft: true,
    overrideAccess: true,
  })
  const faq = await bySlug('faqs', 'is-there-downtime')
  await payload.update({
    collection: 'faqs',
    id: faq.id,
    data: { _status: 'draft' } as never,
    overrideAccess: true,
  })
  const step = await bySlug('aftercare-steps', 'tenderness')
  await payload.delete({ collection: 'aftercare-steps', id: step.id, overrideAccess: true })
  await payload.update({
    collection: 'faqs',
    id: faq.id,
    data: { _status: 'published' } as never,
    overrideAccess: true,
  })
})
afterAll(() => server?.close())

describe('the changes feed', () => {
  test('should list every seeded publish, then each change exactly once, in order', async () => {
    const events = await pageThrough()
    const sequences = events.map((event) => event.sequence)
    expect(new Set(sequences).size).toBe(sequences.length)
    expect([...sequences].sort((a, b) => a - b)).toEqual(sequences)
    expect(events.slice(0, seededEvents).every((event) => event.kind === 'created')).toBe(true)
    expect(events.slice(seededEvents).map(({ kind, slug }) => [kind, slug])).toEqual([
      ['created', 'chronic-migraine'],
      ['updated', 'chronic-migraine'],
      ['unpublished', 'is-there-downtime'],
      ['deleted', 'tenderness'],
      ['created', 'is-there-downtime'],
    ])
  })

  test('should carry tombstones for withdrawals and deletions', async () => {
    const tombstones = (await pageThrough(undefined, 100)).filter((event) => event.tombstone)
    expect(tombstones).toEqual([
      expect.objectContaining({
        kind: 'unpublished',
        withdrawn: true,
        apiUrl: null,
        contentHashes: null,
      }),
      expect.objectContaining({
        kind: 'deleted',
        withdrawn: true,
        apiUrl: null,
        contentHashes: null,
      }),
    ])
  })

  test('should resume from a mid cursor with exactly the later events', async () => {
    const all = await pageThrough(undefined, 100)
    const middle = all[seededEvents + 1]!
    const rest = await pageThrough(middle.cursor, 2)
    expect(rest).toEqual(all.slice(seededEvents + 2))
    const end = await fixture.get(`/changes?since=${all[all.length - 1]!.cursor}`)
    expect(end.body).toMatchObject({
      events: [],
      hasMore: false,
      nextCursor: all[all.length - 1]!.cursor,
    })
  })

  test('should answer the last cursor with an empty page that keeps it', async () => {
    const all = await pageThrough(undefined, 100)
    const last = all[all.length - 1]!.cursor
    const { status, body } = await fixture.get(`/changes?since=${last}`)
    expect(status).toBe(200)
    expect(body).toMatchObject({ events: [], hasMore: false, nextCursor: last })
  })

  test('should refuse a cursor past the end of the log instead of waiting on it', async () => {
    const all = await pageThrough(undefined, 100)
    const ahead = Buffer.from(
      JSON.stringify({ v: 1, seq: all[all.length - 1]!.sequence + 1000 }),
    ).toString('base64url')
    for (const path of [`/changes?since=${ahead}`, `/feed.json?since=${ahead}`]) {
      const { status, body } = await fixture.get(path)
      expect(status).toBe(400)
      expect(body).toMatchObject({ parameter: 'since' })
      expect(body.detail).toMatch(/past the end of the change log.*Start again without since/)
    }
  })

  test('should version each publish and agree with the document on its hash', async () => {
    const all = await pageThrough(undefined, 100)
    const updated = all.find((event) => event.kind === 'updated') as any
    const { body } = await fixture.get('/conditions/chronic-migraine')
    expect(body.envelope.version).toBe(2)
    expect(updated.version).toBe(2)
    expect(body.envelope.contentHash).toBe(updated.contentHashes.en)
    expect(body.content.summary).toBe('Headaches on fifteen or more days a month.')
  })

  test('should give the same changes as an Atom feed a real feed parser reads', async () => {
    const { status, text, headers } = await fixture.get('/feed.atom?limit=100')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/atom+xml')
    const feed = await new Parser().parseString(text)
    const events = await pageThrough(undefined, 100)
    expect(feed.items).toHaveLength(events.length)
    expect(feed.items.map((item) => item.title)).toContain(
      'Withdrawn: Is there any downtime needed after BOTOX injections?',
    )
    const since = await new Parser().parseString(
      (await fixture.get(`/feed.atom?since=${events[seededEvents + 2]!.cursor}`)).text,
    )
    expect(since.items.map((item) => item.title?.split(':')[0])).toEqual(['Deleted', 'Published'])
  })

  test('should give the same changes as a JSON Feed', async () => {
    const { body, headers } = await fixture.get('/feed.json?limit=100')
    expect(headers.get('content-type')).toContain('application/feed+json')
    const events = await pageThrough(undefined, 100)
    const fromFeed = body.items
      .map((item: any) => item._syndication.sequence)
      .sort((a: number, b: number) => a - b)
    expect(fromFeed).toEqual(events.map((event) => event.sequence))
  })
})

describe('HTTP caching', () => {
  test('should answer If-None-Match with 304 and no body, and change the ETag after a publish', async () => {
    const first = await fixture.get('/conditions/tmj-disorder')
    const etag = first.headers.get('etag')!
    // RFC 9110 §8.8.3 entity-tag: printable characters other than the quote.
    expect(etag).toMatch(/^"[\x21\x23-\x7e]+"$/)
    expect(first.headers.get('cache-control')).toContain('public')
    expect(first.headers.get('vary')).toContain('Authorization')

    const revalidated = await fixture.get('/conditions/tmj-disorder', { 'if-none-match': etag })
    expect(revalidated.status).toBe(304)
    expect(revalidated.text).toBe('')
    expect(revalidated.headers.get('etag')).toBe(etag)

    const condition = await bySlug('conditions', 'tmj-disorder')
    await server.payload.update({
      collection: 'conditions',
      id: condition.id,
      data: { summary: 'A newly reviewed summary.', _status: 'published' } as never,
      overrideAccess: true,
    })
    const after = await fixture.get('/conditions/tmj-disorder', { 'if-none-match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect(after.body.content.summary).toBe('A newly reviewed summary.')
  })

  test('should revalidate the changes feed and lists too', async () => {
    for (const path of ['/changes', '/faqs', '/feed.atom']) {
      const first = await fixture.get(path)
      const again = await fixture.get(path, { 'if-none-match': first.headers.get('etag')! })
      expect(again.status, path).toBe(304)
    }
  })
})
