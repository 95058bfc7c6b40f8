/**
 * Our patch to @payloadcms/drizzle (patches/@payloadcms+drizzle+*.patch) loads `payload/node`
 * (json-schema-to-typescript, prettier, ajv: about 150 files) only when its blocks migration helper
 * rewrites a config file, `prompts` (34 files) only when a migration asks for confirmation and
 * `console-table-printer` only when the migration status is printed, instead of on every server's
 * start. Fails if an import comes back.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, expect, test } from 'vitest'

const dir = mkdtempSync(path.join(os.tmpdir(), 'start-imports-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test("should start the SQLite adapter without loading payload's node-only or migration tools", () => {
  // A resolve hook in the child process that lists every module it loads.
  const hook = path.join(dir, 'listLoads.mjs')
  writeFileSync(
    hook,
    `export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context)
  process._rawDebug('loaded ' + resolved.url)
  return resolved
}
`,
  )
  const script = `import { register } from 'node:module'
register(${JSON.stringify(pathToFileURL(hook).href)})
await import('@payloadcms/db-sqlite')`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: process.cwd(),
    encoding: 'utf8',
  })
  const loaded = child.stderr.split('\n').filter((line) => line.startsWith('loaded '))

  expect(child.status).toBe(0)
  expect(loaded.some((line) => line.includes('/@payloadcms/drizzle/'))).toBe(true)
  expect(loaded.filter((line) => line.includes('/payload/dist/exports/node'))).toEqual([])
  expect(loaded.filter((line) => line.includes('/node_modules/prompts/'))).toEqual([])
  expect(loaded.filter((line) => line.includes('/console-table-printer/'))).toEqual([])
})
