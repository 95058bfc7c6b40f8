import fs from 'node:fs/promises'
import path from 'node:path'

import { createConfig, lintFromString } from '@redocly/openapi-core'
import createClient from 'openapi-fetch'
import openapiTS, { astToString } from 'openapi-typescript'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { inScratchFolder, typeScriptErrors } from './outsideTools'

let server: TestServer
let fixture: Awaited<ReturnType<typeof syndicationFixture>>
let document: Record<string, unknown>

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  await reviewAllPublished(server.payload)
  fixture = await syndicationFixture(server.baseUrl, server.payload)
  const response = await fetch(`${server.baseUrl}/syndication/v1/openapi.json`)
  document = (await response.json()) as Record<string, unknown>
})
afterAll(() => server?.close())

/**
 * What a partner writes after generating types from our document: an openapi-fetch client that
 * reads a content list's items, a document's envelope and a problem's type. If the schemas stop
 * describing these, tsc fails here as it would in the partner's build.
 */
const partnerClient = `
import createClient from 'openapi-fetch'
import type { paths, components } from './schema'

const baseUrl = 'https://clinic.example/syndication/v1'
const anyMedia = createClient<paths>({ baseUrl })
const json = createClient<paths, 'application/json' | 'application/problem+json'>({ baseUrl })
const jsonLd = createClient<paths, 'application/ld+json'>({ baseUrl })

export async function conditionLinks(): Promise<string[]> {
  const { data, error } = await json.GET('/conditions', { params: { query: { limit: 5 } } })
  if (error) throw new Error(error.type + ' ' + error.detail)
  return data.items.map((item) => item.envelope.canonicalUrl + ' ' + (item.content.name ?? ''))
}

type Faqs = components['schemas']['FaqList'] | components['schemas']['JsonLdPage']

export async function faqs(): Promise<Faqs | undefined> {
  // Without choosing a media type, the answer is one of the documented bodies, never unknown.
  const { data } = await anyMedia.GET('/faqs')
  const documented: Faqs | undefined = data
  return documented
}

export async function procedureDrug(slug: string): Promise<string | null> {
  const { data } = await json.GET('/procedures/{slug}', { params: { path: { slug } } })
  return data?.content.drug ?? null
}

export async function pageUrls(): Promise<string[]> {
  const { data } = await jsonLd.GET('/conditions', { params: { query: { format: 'jsonld' } } })
  return (data?.['@graph'] ?? []).map((page) => page.url)
}

export async function faqPageLanguage(): Promise<string | undefined> {
  const { data } = await jsonLd.GET('/faqs', { params: { query: { format: 'jsonld' } } })
  return data?.['@type'] === 'FAQPage' ? data.inLanguage : undefined
}

export async function changedSlugs(since: string): Promise<string[]> {
  const { data } = await json.GET('/changes', { params: { query: { since } } })
  return (data?.events ?? []).filter((event) => !event.withdrawn).map((event) => event.slug)
}

export function takeDown(body: components['schemas']['WebhookBody']): boolean {
  return body.data.action === 'take-down'
}

export function feedDates(feed: components['schemas']['JsonFeed']): string[] {
  return feed.items.map((item) => item.date_published)
}
`

describe('the OpenAPI document, with the tools partners generate clients with', () => {
  test('should give openapi-typescript types that an openapi-fetch client compiles against', async () => {
    await inScratchFolder('openapi', async (folder) => {
      const types = astToString(await openapiTS(document as never))
      await fs.writeFile(path.join(folder, 'schema.d.ts'), types)
      await fs.writeFile(path.join(folder, 'client.ts'), partnerClient)
      expect(await typeScriptErrors(folder, ['client.ts'])).toEqual([])
      // No schema may collapse to unknown: that silently turns a typed client into an untyped one.
      // (Index signatures for extension members, `[key: string]: unknown`, are fine.)
      const collapsed = types
        .split('\n')
        .filter((line) => /(:\s*unknown\b|\|\s*unknown\b|\bunknown\s*\|)/.test(line))
        .filter((line) => !/^\s*\[(key|name): string\]: unknown;$/.test(line))
      expect(collapsed).toEqual([])
    })
  })

  test('should answer an openapi-fetch client with the items its types promise', async () => {
    type Paths = Record<string, never>
    const client = createClient<Paths>({
      baseUrl: `${server.baseUrl}/syndication/v1`,
      headers: { authorization: `Bearer ${fixture.key}` },
    })
    const { data, response } = await (client as any).GET('/conditions', {
      params: { query: { limit: 2 } },
    })
    expect(response.status).toBe(200)
    expect(data.items.length).toBeGreaterThan(0)
    expect(data.items[0].envelope.canonicalUrl).toMatch(/^http/)
  })

  test("should pass Redocly's recommended lint rules with no errors", async () => {
    // The recommended rules, with the two that typed clients depend on raised to errors: a
    // required property that no schema defines, and an operation without an id to name it by.
    const config = await createConfig({
      extends: ['recommended'],
      rules: {
        'no-required-schema-properties-undefined': 'error',
        'operation-operationId': 'error',
      },
    })
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: `${server.baseUrl}/syndication/v1/openapi.json`,
      config,
    })
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`)
    expect(errors).toEqual([])
  })
})
