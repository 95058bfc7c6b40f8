import fs from 'node:fs'
import path from 'node:path'

import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { changesPageSchema } from '../../src/syndication/shape/eventSchema'
import { jsonFeedSchema } from '../../src/syndication/shape/feedSchema'
import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { jingErrors } from './outsideTools'

const schemas = path.resolve('test/contracts/schemas')

let server: TestServer
let fixture: Awaited<ReturnType<typeof syndicationFixture>>

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
  fixture = await syndicationFixture(server.baseUrl, server.payload)
})
afterAll(() => server?.close())

describe('the Atom feed, checked with jing against RFC 4287', () => {
  test('should be valid against the RFC 4287 RELAX NG grammar', async () => {
    const { status, text } = await fixture.get('/feed.atom')
    expect(status).toBe(200)
    expect(text).toContain('<entry>')
    expect(await jingErrors(path.join(schemas, 'atom.rnc'), text)).toEqual([])
  })

  test("should pass the RFC's Schematron rules (an author for the feed and every entry)", async () => {
    const { body: changes } = await fixture.get('/changes?limit=1')
    for (const query of ['', '?limit=100', `?since=${changes.events[0].cursor}`]) {
      const { text } = await fixture.get(`/feed.atom${query}`)
      expect(await jingErrors(path.join(schemas, 'atom.sch'), text), query).toEqual([])
    }
  })
})

describe('the JSON Feed, checked against a JSON Feed 1.1 schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false })
  addFormats(ajv)
  const validate = ajv.compile(
    JSON.parse(fs.readFileSync(path.join(schemas, 'jsonfeed-1.1.schema.json'), 'utf8')),
  )

  test('should be JSON Feed 1.1 as documented', async () => {
    const { status, body, headers } = await fixture.get('/feed.json')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/feed+json')
    expect(body.items.length).toBeGreaterThan(0)
    expect(validate(body), ajv.errorsText(validate.errors)).toBe(true)
    // And our own definition of it, which the OpenAPI document and the builder's type come from.
    expect(jsonFeedSchema.safeParse(body).error?.issues ?? []).toEqual([])
    const { body: changes } = await fixture.get('/changes?limit=100')
    expect(changesPageSchema.safeParse(changes).error?.issues ?? []).toEqual([])
  })

  test('should link its home page to the website and date every item', async () => {
    const { body } = await fixture.get('/feed.json')
    // The home page is what a feed reader opens for a person: the website the documents'
    // canonical pages are on, not an API answer.
    const { body: conditions } = await fixture.get('/conditions?limit=1')
    const website = new URL(conditions.items[0].envelope.canonicalUrl).origin
    expect(new URL(body.home_page_url).origin).toBe(website)
    expect(body.home_page_url).not.toContain('/syndication/')
    expect(body.feed_url).toMatch(/\/syndication\/v1\/feed\.json$/)
    for (const item of body.items) {
      expect(item.date_published, item.id).toBe(item._syndication.occurredAt)
    }
  })
})
