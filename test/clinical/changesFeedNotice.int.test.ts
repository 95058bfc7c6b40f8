import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let partner: Awaited<ReturnType<typeof syndicationFixture>>

type Event = { collection: string; slug: string; offLabelNotice: string | null }

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  // Partners receive reviewed content only: each review is a publish event in the feeds.
  await reviewAllPublished(server.payload)
  partner = await syndicationFixture(server.baseUrl, server.payload)
})
afterAll(async () => server?.close())

const noticeOf = (events: Event[], slug: string) =>
  events.find((event) => event.slug === slug)?.offLabelNotice

describe('the off-label notice in the change feeds', () => {
  test('should carry each document’s notice in /changes, and none where there is none', async () => {
    const { status, body } = await partner.get('/changes?limit=100')
    expect(status).toBe(200)
    const events = body.events as Event[]
    expect(noticeOf(events, 'bruxism')).toMatch(/off-label use/)
    expect(noticeOf(events, 'therapeutic-botox-injection')).toMatch(/legal but off-label/)
    expect(noticeOf(events, 'is-therapeutic-botox-safe')).toMatch(/legal but off-label/)
    expect(noticeOf(events, 'does-insurance-cover')).toBeNull()
    expect(noticeOf(events, 'tenderness')).toBeNull()
  })

  test('should put the notice in the Atom entry and the JSON Feed item', async () => {
    const atom = await partner.get('/feed.atom?limit=100')
    expect(atom.status).toBe(200)
    const entry = atom.text.split('<entry>').find((part) => part.includes('/conditions/bruxism'))
    expect(entry).toMatch(/off-label use/)

    const json = await partner.get('/feed.json?limit=100')
    const item = json.body.items.find(
      (candidate: { _syndication: Event }) => candidate._syndication.slug === 'bruxism',
    )
    expect(item.content_html ?? item.content_text ?? '').toMatch(/off-label use/)
    expect(item._syndication.offLabelNotice).toMatch(/off-label use/)
  })

  test('should drop the notice from a withdrawn document’s tombstone', async () => {
    const { docs } = await server.payload.find({
      collection: 'conditions',
      where: { slug: { equals: 'tension-headaches' } },
      overrideAccess: true,
    })
    await server.payload.update({
      collection: 'conditions',
      id: docs[0]!.id,
      data: { _status: 'draft' } as never,
      overrideAccess: true,
    })
    const { body } = await partner.get('/changes?limit=100')
    const last = (body.events as (Event & { tombstone: boolean })[])
      .filter((event) => event.slug === 'tension-headaches')
      .at(-1)!
    expect(last.tombstone).toBe(true)
    expect(last.offLabelNotice).toBeNull()
  })
})
