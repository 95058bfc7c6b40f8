import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { type CompiledServerProcess, startCompiledServer } from './compiledServerProcess'

/**
 * The start to the first answer is mostly Node loading modules (issue 15), so what a request does
 * not need is loaded on first use. This starts the compiled server (the API-only entry the
 * hardening tests run) and lists the packages the process has loaded when its port opens and after
 * its first REST answer: ES modules through a resolve hook, CommonJS ones from the require cache.
 */
const listLoadedModules = `import { createRequire, register } from 'node:module'
const esModules = []
const { port1, port2 } = new MessageChannel()
port1.on('message', (url) => esModules.push(url))
port1.unref()
register(
  'data:text/javascript,' +
    encodeURIComponent(\`let port
export function initialize(data) { port = data.port }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  port.postMessage(resolved.url)
  return resolved
}\`),
  { data: { port: port2 }, transferList: [port2] },
)
const require = createRequire(import.meta.url)
const packageOf = (file) => /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file)?.[1]
process.on('SIGUSR2', () => {
  const files = [...esModules, ...Object.keys(require.cache)]
  const packages = new Set(files.map(packageOf).filter(Boolean))
  process._rawDebug('LOADED ' + JSON.stringify([...packages]))
})
`

/** Packages the first REST answer does not need, and where their first use now loads them. */
const loadedOnFirstUse = [
  'undici', // Payload's fetch of a file by URL (patches/payload+*.patch)
  'jose', // Payload's JWT sign-in and verification (same patch)
  'file-type', // Payload's upload checks (same patch)
  'busboy', // Payload's multipart bodies (same patch)
  'sanitize-html', // src/plainText/loadSanitizeHtml.ts
  '@zxcvbn-ts/language-common', // src/auth/passwordPolicy.ts, on the first password set
  'sharp', // src/uploads/loadSharp.ts, when the first image is read
  '@aws-sdk/client-s3', // src/storage/mediaStorage.ts, only with a bucket configured
  'nodemailer', // src/mail/emailAdapter.ts, only with SMTP_URL
]
/** Loaded by the first GraphQL request, or by the schema's warm-up a second after the start. */
const loadedWithGraphQL = [
  'graphql-http',
  'graphql-query-complexity',
  '@payloadcms/graphql',
  'graphql', // also by the response cache's first GraphQL body (src/cache/graphqlOperation.ts)
]
/**
 * Carried in the compiled server's own files (src/cli/bundledPackages.mjs), never read from
 * node_modules: one file instead of Node resolving and reading each of theirs.
 */
const bundledIntoServer = [
  'zod',
  'express',
  'helmet',
  '@payloadcms/richtext-lexical',
  'lexical',
  '@lexical/headless',
  '@payloadcms/plugin-seo',
  // The database layer: Next's admin reuses the server's adapter (src/database/oncePerProcess.ts).
  'drizzle-orm',
  '@payloadcms/drizzle',
  '@payloadcms/db-sqlite',
  '@payloadcms/db-postgres',
  '@libsql/client',
  '@libsql/core',
]
/** PostgreSQL's client, which a server on SQLite never needs (src/cache/peerSync.ts, outage ping). */
const postgresOnly = ['pg']

describe('what the server loads before its first answer', () => {
  // The loader hook is written outside the compiled folder, which is made when compiling.
  fs.mkdirSync('data/test', { recursive: true })
  const hookDir = fs.mkdtempSync(path.resolve('data/test/start-loads-'))
  let database: TestDatabase
  let server: CompiledServerProcess | undefined
  let baseUrl = ''
  let loadedWhenListening: Set<string>

  /** The next list of packages (names in node_modules) the server prints after `from`. */
  async function nextLoadedList(from: number): Promise<Set<string>> {
    for (let waited = 0; waited < 10_000; waited += 20) {
      const line = /LOADED (\[.*\])\n/.exec((server?.output.text() ?? '').slice(from))
      if (line) return new Set(JSON.parse(line[1]) as string[])
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    throw new Error(`no module list from the server:\n${server?.output.text()}`)
  }

  /** The packages the server has loaded so far, asked of the process. */
  function loadedPackages(): Promise<Set<string>> {
    const from = server!.output.text().length
    server!.child.kill('SIGUSR2')
    return nextLoadedList(from)
  }

  beforeAll(async () => {
    database = await createTestDatabase()
    const hook = path.join(hookDir, 'listLoadedModules.mjs')
    fs.writeFileSync(hook, listLoadedModules)
    server = await startCompiledServer({
      entry: 'test/startup/fixtures/listingApiServer.ts',
      env: { DATABASE_URL: database.url, PAYLOAD_SECRET: 'test-secret' },
      nodeArguments: ['--import', pathToFileURL(hook).href],
    })
    baseUrl = server.baseUrl
    loadedWhenListening = await nextLoadedList(0)
  }, 120_000)

  afterAll(async () => {
    await server?.stop()
    await database?.drop()
    fs.rmSync(hookDir, { recursive: true, force: true })
  })

  /** On SQLite, PostgreSQL's client is one more package no request needs. */
  const unneededOnThisDatabase = () => (database.url.startsWith('file:') ? postgresOnly : [])

  test('should load the packages bundled into it from its own files, Payload from node_modules', () => {
    expect(loadedWhenListening.has('payload')).toBe(true)
    expect(bundledIntoServer.filter((name) => loadedWhenListening.has(name))).toEqual([])
  })

  test('should open its port without the packages only later requests need', () => {
    expect(loadedWhenListening.has('payload')).toBe(true)
    const unneeded = [...loadedOnFirstUse, ...loadedWithGraphQL, ...unneededOnThisDatabase()]
    expect(unneeded.filter((name) => loadedWhenListening.has(name))).toEqual([])
  })

  test('should answer its first REST list without loading them', async () => {
    const response = await fetch(`${baseUrl}/api/conditions?limit=1`)
    expect(response.status).toBe(200)

    const loaded = await loadedPackages()
    const unneeded = [...loadedOnFirstUse, ...unneededOnThisDatabase()]
    expect(unneeded.filter((name) => loaded.has(name))).toEqual([])
  })

  test('should load the GraphQL handler with the first GraphQL request', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Conditions(limit: 1) { totalDocs } }' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { Conditions: { totalDocs: 0 } } })

    const loaded = await loadedPackages()
    expect(loaded.has('graphql-http')).toBe(true)
  })
})
