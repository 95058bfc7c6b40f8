import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { bundledPackages } from '../../src/cli/bundledPackages.mjs'
import { configuration } from '../../src/config'
import { signInAs, type StaffMember } from '../helpers/staff'
import { startPartnerServer, syndicationFixture } from '../helpers/syndication'
import type { TestServer } from '../helpers/testServer'
import { type CompiledServerProcess, startCompiledServer } from './compiledServerProcess'

/**
 * `npm start` runs a compiled server that carries rich text (Lexical), the SEO and storage plugins,
 * Express, helmet, the rate limiter, zod and the feed writer in its own files
 * (src/cli/bundledPackages.mjs) instead of loading them from node_modules. This runs it beside the
 * TypeScript sources on one seeded database and holds its answers to theirs, byte for byte: rich
 * text read and written through the bundled Lexical, the partner API's JSON and Atom, the headers
 * helmet and the rate limiter add, and a refused write's message.
 */
describe('the compiled server, with packages bundled in, answers as the sources do', () => {
  let sources: TestServer
  let compiled: CompiledServerProcess
  let compiledUrl = ''
  let partnerKey = ''
  let editor: StaffMember

  beforeAll(async () => {
    const started = await startPartnerServer()
    sources = started.server
    partnerKey = (await syndicationFixture(sources.baseUrl, sources.payload)).key
    editor = await signInAs(sources.payload, sources.baseUrl, 'editor')
    compiled = await startCompiledServer({
      entry: 'test/hardening/fixtures/apiServer.ts',
      env: {
        // The database the sources server made and seeded (its URL and secret are in the
        // environment); its schema is in place.
        PAYLOAD_MIGRATING: 'true',
        // Links in partner answers start with the public address; the sources server's is the
        // default for its port.
        SERVER_URL: configuration().server.publicUrl,
      },
    })
    compiledUrl = compiled.baseUrl
  }, 240_000)

  afterAll(async () => {
    await compiled?.stop()
    await sources?.close()
  })

  test('should load none of the bundled packages from node_modules', () => {
    const compiledCode = fs
      .readdirSync(compiled.outDir)
      .filter((file) => file.endsWith('.mjs'))
      .map((file) => fs.readFileSync(path.join(compiled.outDir, file), 'utf8'))
      .join('\n')
    const importedFromNodeModules = bundledPackages.filter((name) =>
      new RegExp(`(from|import\\(|require\\()\\s*"${name}(/[^"]*)?"`).test(compiledCode),
    )
    expect(importedFromNodeModules).toEqual([])
  })

  const sameAnswer = async (url: string, init: RequestInit = {}) => {
    const [fromSources, fromCompiled] = await Promise.all(
      [sources.baseUrl, compiledUrl].map(async (base) => {
        const response = await fetch(`${base}${url}`, init)
        return {
          status: response.status,
          contentType: response.headers.get('content-type'),
          // helmet's headers and the rate limiter's policy; the rest varies per request.
          security: [
            'content-security-policy',
            'strict-transport-security',
            'x-content-type-options',
            'x-frame-options',
            'referrer-policy',
            'ratelimit-policy',
          ].map((name) => `${name}: ${response.headers.get(name)}`),
          body: await response.text(),
        }
      }),
    )
    expect(fromCompiled).toEqual(fromSources)
    return fromCompiled
  }

  test.each([
    '/api/conditions?limit=5&depth=1',
    '/api/conditions?where[slug][equals]=tmj-disorder&locale=es&depth=2',
    '/api/faqs?limit=20&sort=order',
    '/api/procedures?limit=5',
    '/api/aftercare-steps?limit=5',
  ])('should give the same REST answer to %s', async (url) => {
    const answer = await sameAnswer(url)
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body).docs.length).toBeGreaterThan(0)
  })

  test('should give the same GraphQL answer, rich text and SEO fields included', async () => {
    const answer = await sameAnswer('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ Conditions(limit: 2) { docs { name slug summary body meta { title description }
          relatedProcedures { docs { name } } } }
          Faqs(limit: 3) { docs { question answer relatedConditions { name } } } }`,
      }),
    })
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.body).errors).toBeUndefined()
  })

  test.each([
    '/syndication/v1/conditions?locale=en',
    '/syndication/v1/faqs',
    '/syndication/v1/feed.atom',
  ])('should give the same partner answer to %s', async (url) => {
    const answer = await sameAnswer(url, { headers: { authorization: `Bearer ${partnerKey}` } })
    expect(answer.status).toBe(200)
  })

  test('should refuse a bad write with the same message and keep rich text written through it', async () => {
    const asEditor = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${editor.token}` },
      body: JSON.stringify(body),
    })
    const refused = await sameAnswer('/api/faqs', asEditor({ order: 'first' }))
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.body).errors[0].data.errors.length).toBeGreaterThan(0)

    const seeded = (await sources.payload.find({ collection: 'faqs', limit: 1 })).docs[0]!
    const response = await fetch(
      `${compiledUrl}/api/faqs?draft=true`,
      asEditor({ question: 'Written through the compiled server?', answer: seeded.answer }),
    )
    expect(response.status).toBe(201)
    const { doc } = (await response.json()) as { doc: { id: string } }
    const stored = await sources.payload.findByID({ collection: 'faqs', id: doc.id, draft: true })
    expect(stored.answer).toEqual(seeded.answer)
  })
})
