import jsonld from 'jsonld'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { richText } from '../../src/seed/lexical'
import { syndicatedSchemas } from '../../src/syndication/shape/contentSchema'
import { problemTypeUri } from '../../src/syndication/shape/problem'
import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationClient, syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

/** Stands for the fixture's key sent without a scheme (the key exists only once the test runs). */
const bareKey = 'the key alone'
let server: TestServer
let fixture: Awaited<ReturnType<typeof syndicationFixture>>

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  // Partners receive reviewed content only; the seed publishes without a review.
  await reviewAllPublished(server.payload)
  fixture = await syndicationFixture(server.baseUrl, server.payload)
})
afterAll(() => server?.close())

/** schema.org's context, served locally: tests never reach the network. */
const schemaOrgContext = { '@context': { '@vocab': 'https://schema.org/' } }
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`unexpected fetch of ${url}`)
  return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext }
}
const expandedTypes = (expanded: unknown): string[] =>
  JSON.stringify(expanded)
    .match(/"@type":\["[^"]+"\]/g)
    ?.map((m) => m.slice(10, -2)) ?? []

describe('the contract', () => {
  test('should serve an OpenAPI 3.1 document that validates and a readable docs page', async () => {
    expect(fixture.contract.document).toMatchObject({ openapi: '3.1.0' })
    const docs = await fetch(`${server.baseUrl}/syndication/docs`)
    expect(docs.status).toBe(200)
    const html = await docs.text()
    for (const heading of ['Start', 'Endpoints', 'Webhooks', 'Errors']) {
      expect(html).toContain(`>${heading}</h2>`)
    }
    expect(html).toContain(problemTypeUri('rate-limited'))
  })

  test.each(['conditions', 'procedures', 'aftercare-steps', 'faqs'] as const)(
    'should list published %s in the documented shape with an envelope',
    async (collection) => {
      const { status, body } = await fixture.get(`/${collection}`)
      expect(status).toBe(200)
      // The one definition the OpenAPI document is generated from, checked directly as well.
      expect(syndicatedSchemas[collection].list.safeParse(body).error?.issues ?? []).toEqual([])
      expect(body.items.length).toBeGreaterThan(0)
      for (const item of body.items) {
        expect(item.envelope.canonicalUrl).toMatch(/^http/)
        expect(item.envelope.attribution.text.length).toBeGreaterThan(0)
        expect(item.envelope.version).toBeGreaterThanOrEqual(1)
        expect(item.envelope.contentHash).toMatch(/^sha256-/)
      }
      const one = await fixture.get(`/${collection}/${body.items[0].slug}`)
      expect(one.status).toBe(200)
      expect(
        syndicatedSchemas[collection].document.safeParse(one.body).error?.issues ?? [],
      ).toEqual([])
      expect(one.body).toEqual(body.items[0])
    },
  )

  test('should page through a list with cursors, each document exactly once', async () => {
    const all = await fixture.get('/faqs?limit=100')
    const seen: string[] = []
    let path = '/faqs?limit=1'
    for (let page = 0; page < 20; page++) {
      const { body, headers } = await fixture.get(path)
      seen.push(...body.items.map((item: { slug: string }) => item.slug))
      if (!body.nextCursor) {
        expect(headers.get('link')).toBeNull()
        break
      }
      expect(headers.get('link')).toContain('rel="next"')
      path = `/faqs?limit=1&cursor=${body.nextCursor}`
    }
    expect(seen).toEqual(all.body.items.map((item: { slug: string }) => item.slug))
    expect(new Set(seen).size).toBe(seen.length)
  })

  test('should give Spanish with the English fallback to a key scoped to it', async () => {
    const { status, body, headers } = await fixture.get('/conditions/tmj-disorder?locale=es')
    expect(status).toBe(200)
    expect(body.locale).toBe('es')
    expect(body.title).toBe('TMJ Disorder')
    expect(headers.get('content-language')).toBe('es')
  })

  test('should give schema.org JSON-LD that expands as JSON-LD', async () => {
    const cases = [
      ['/conditions/tmj-disorder?format=jsonld', {}, 'MedicalCondition'],
      ['/procedures/therapeutic-botox-injection', { accept: 'application/ld+json' }, 'Drug'],
      ['/faqs?format=jsonld', {}, 'FAQPage'],
      ['/faqs/is-there-downtime?format=jsonld', {}, 'Question'],
      ['/aftercare-steps/tenderness?format=jsonld', {}, 'HowToStep'],
    ] as const
    for (const [path, headers, type] of cases) {
      const response = await fixture.get(path, headers)
      expect(response.headers.get('content-type')).toContain('application/ld+json')
      const expanded = await jsonld.expand(response.body, { documentLoader } as never)
      const types = expandedTypes(expanded)
      expect(types, path).toContain(`https://schema.org/${type}`)
      expect(types.every((iri) => iri.startsWith('https://schema.org/'))).toBe(true)
    }
    const page = await fixture.get('/conditions/tmj-disorder?format=jsonld')
    expect(page.body['@type']).toBe('MedicalWebPage')
    expect(page.body.about['@type']).toBe('MedicalCondition')
    const procedure = await fixture.get('/procedures/therapeutic-botox-injection?format=jsonld')
    expect(procedure.body.about).toMatchObject({
      '@type': 'TherapeuticProcedure',
      drug: { '@type': 'Drug' },
    })
  })

  test('should give a sanitised HTML fragment with the attribution', async () => {
    const { body, headers } = await fixture.get('/conditions/tmj-disorder?format=html')
    expect(headers.get('content-type')).toContain('text/html')
    expect(body).toMatch(/^<article class="clinic-content clinic-condition" lang="en"/)
    expect(body).toContain('class="clinic-attribution"')
    expect(body).toContain('class="clinic-disclaimer"')
    expect(body).not.toMatch(/<script|onerror=|javascript:/i)
  })

  test.each([
    ['no key', undefined, '/conditions', 401, 'missing-key'],
    ['a malformed key', 'Bearer nope', '/conditions', 401, 'invalid-key'],
    ['an unknown key', `Bearer chk_00000000_${'A'.repeat(43)}`, '/conditions', 401, 'invalid-key'],
    ['a Basic header', 'Basic dXNlcjpwYXNz', '/conditions', 401, 'invalid-key'],
  ])('should refuse %s with problem+json', async (_name, authorization, path, status, type) => {
    const get = syndicationClient(server.baseUrl, fixture.contract)
    const response = await get(path, authorization ? { authorization } : {})
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect(response.headers.get('www-authenticate')).toContain('Bearer')
    expect(response.body).toMatchObject({ type: problemTypeUri(type as never), status })
  })

  test.each([
    ['a Basic header', 'Basic dXNlcjpwYXNz', /Bearer scheme.*not Basic/],
    ['a bare key', bareKey, /Bearer scheme/],
    ['a Bearer header without a key', 'Bearer', /Bearer scheme/],
  ])(
    'should tell a client sending %s to use the Bearer scheme',
    async (_name, authorization, detail) => {
      const get = syndicationClient(server.baseUrl, fixture.contract)
      const response = await get('/conditions', {
        authorization: authorization === bareKey ? fixture.key : authorization,
      })
      expect(response.status).toBe(401)
      expect(response.body.detail).toMatch(detail)
    },
  )

  test.each([
    ['an unknown slug', '/conditions/no-such-condition', 404, 'not-found'],
    ['a slug with odd characters', '/conditions/..%2f..%2fetc', 404, 'not-found'],
    ['a bad cursor', '/conditions?cursor=bogus!', 400, 'invalid-cursor'],
    ['a bad since', '/changes?since=eyJ2IjoyfQ', 400, 'invalid-cursor'],
    ['an unknown parameter', '/conditions?limt=5', 400, 'invalid-parameter'],
    ['a repeated parameter', '/conditions?limit=1&limit=2', 400, 'invalid-parameter'],
    ['a limit too high', '/faqs?limit=1000', 400, 'invalid-parameter'],
    ['an unknown format', '/faqs/is-there-downtime?format=xml', 400, 'invalid-parameter'],
    ['html for a list', '/faqs?format=html', 400, 'invalid-parameter'],
    ['an unknown locale', '/faqs?locale=fr', 400, 'invalid-parameter'],
  ])('should answer %s with %s problem+json', async (_name, path, status, type) => {
    const response = await fixture.get(path)
    expect(response.status).toBe(status)
    expect(response.body.type).toBe(problemTypeUri(type as never))
    expect(response.body.detail.length).toBeGreaterThan(10)
  })

  test('should say which path segment holds a broken %-escape', async () => {
    const response = await fixture.get('/conditions/%E0%A4%A')
    expect(response.status).toBe(400)
    expect(response.body.type).toBe(problemTypeUri('invalid-parameter'))
    expect(response.body.detail).toMatch(/"%E0%A4%A" has a broken %-escape.*%25/)
  })

  test('should refuse writes with 405 and change nothing', async () => {
    const before = await fixture.get('/faqs')
    const response = await fetch(`${server.baseUrl}/syndication/v1/faqs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${fixture.key}`, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(405)
    expect(response.headers.get('content-type')).toContain('application/problem+json')
    expect((await fixture.get('/faqs')).body).toEqual(before.body)
  })

  test('should never show a draft, in lists, by slug or in the changes feed', async () => {
    await server.payload.create({
      collection: 'faqs',
      data: {
        question: 'Secret draft question?',
        slug: 'secret-draft',
        order: 99,
        answer: richText('Not yet reviewed.'),
        _status: 'draft',
      } as never,
      draft: true,
      overrideAccess: true,
    })
    await server.payload.update({
      collection: 'conditions',
      where: { slug: { equals: 'bruxism' } },
      data: { summary: 'UNREVIEWED DRAFT SUMMARY' },
      draft: true,
      overrideAccess: true,
    })
    const list = await fixture.get('/faqs?limit=100')
    expect(JSON.stringify(list.body)).not.toContain('Secret draft')
    expect((await fixture.get('/faqs/secret-draft')).status).toBe(404)
    const bruxism = await fixture.get('/conditions/bruxism')
    expect(JSON.stringify(bruxism.body)).not.toContain('UNREVIEWED')
    const changes = await fixture.get('/changes?limit=100')
    expect(JSON.stringify(changes.body)).not.toContain('secret-draft')
  })
})
