import { afterAll, beforeAll, expect, test } from 'vitest'

import { reviewAllPublished, reviewAndPublish } from '../../helpers/review'
import { seedSource } from '../../helpers/seeded'
import { partnerClient, syndicationFixture } from '../../helpers/syndication'
import { startTestServer, type TestServer } from '../../helpers/testServer'

let server: TestServer
let spanishOnly: Awaited<ReturnType<typeof partnerClient>>['get']
let bothLocales: Awaited<ReturnType<typeof partnerClient>>['get']

type Event = { slug: string; title: string | null; contentHashes: Record<string, string> | null }

async function eventsFor(get: typeof spanishOnly, path = '/changes?limit=100'): Promise<Event[]> {
  const { status, body } = await get(path)
  expect(status).toBe(200)
  return body.events ?? body.items.map((item: { _syndication: Event }) => item._syndication)
}

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
  const fixture = await syndicationFixture(server.baseUrl, server.payload)
  spanishOnly = (
    await partnerClient(server, fixture.admin, fixture.contract, {
      name: 'Clínica del Sur',
      locales: ['es'],
    })
  ).get
  bothLocales = fixture.get

  const created = await server.payload.create({
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
  await reviewAndPublish(server.payload, 'conditions', created.id)
  await server.payload.update({
    collection: 'conditions',
    id: created.id,
    locale: 'es',
    data: { name: 'Migraña crónica', summary: 'Dolor de cabeza casi todos los días.' } as never,
    overrideAccess: true,
  })
})
afterAll(async () => server?.close())

test('should show a Spanish-only partner only Spanish content hashes in the changes feed', async () => {
  const events = await eventsFor(spanishOnly)
  expect(events.length).toBeGreaterThan(0)
  for (const event of events) {
    if (event.contentHashes) expect(Object.keys(event.contentHashes)).toEqual(['es'])
  }
})

test('should give a Spanish-only partner the Spanish title, in the feed and the JSON Feed', async () => {
  const latest = (await eventsFor(spanishOnly)).filter((event) => event.slug === 'chronic-migraine')
  expect(latest.at(-1)!.title).toBe('Migraña crónica')
  const feed = await eventsFor(spanishOnly, '/feed.json?limit=100')
  const titles = feed.filter((event) => event.slug === 'chronic-migraine').map((e) => e.title)
  // The first event came before any Spanish text: its Spanish title was the English fallback then.
  expect(titles).toContain('Migraña crónica')
})

test('should keep every locale for a partner scoped to all of them', async () => {
  const events = (await eventsFor(bothLocales)).filter((event) => event.slug === 'chronic-migraine')
  expect(Object.keys(events.at(-1)!.contentHashes!).sort()).toEqual(['en', 'es'])
  expect(events.at(-1)!.title).toBe('Chronic Migraine')
})
