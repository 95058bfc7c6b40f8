import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { compileServer } from '../../src/cli/compiledStart.mjs'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { watchServerOutput } from './serverOutput'

/**
 * `npm start` runs the server compiled ahead of time by esbuild with plain Node (issue 15). This
 * compiles the real server the same way (here the API-only entry the hardening tests run) and
 * checks that it starts and answers REST and GraphQL: esbuild resolves modules differently from
 * tsx (file-name case, `.ts` beside `.tsx`), and plain Node loads packages differently (Lexical's
 * top-level await), so a change that works under tsx can break only the compiled server.
 */
describe('the server compiled ahead of time', () => {
  // Inside the project: the compiled files import packages from its node_modules.
  fs.mkdirSync('data/test', { recursive: true })
  const outDir = fs.mkdtempSync(path.resolve('data/test/compiled-server-'))
  let database: TestDatabase
  let child: ReturnType<typeof spawn> | undefined
  let baseUrl = ''

  beforeAll(async () => {
    database = await createTestDatabase()
    await compileServer({
      entryPoints: { apiServer: 'test/hardening/fixtures/apiServer.ts' },
      outDir,
    })
    child = spawn(
      process.execPath,
      ['--conditions=production', path.join(outDir, 'apiServer.mjs')],
      {
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          DATABASE_URL: database.url,
          PAYLOAD_SECRET: 'test-secret',
          PORT: '0',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const port = await watchServerOutput(child).listening
    baseUrl = `http://127.0.0.1:${port}`
  }, 120_000)

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    await database?.drop()
    fs.rmSync(outDir, { recursive: true, force: true })
  })

  test('should answer a REST list', async () => {
    const response = await fetch(`${baseUrl}/api/conditions?limit=1`)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ docs: [], totalDocs: 0 })
  })

  test('should answer GraphQL', async () => {
    const response = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ Conditions(limit: 1) { totalDocs } }' }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { Conditions: { totalDocs: 0 } } })
  })
})
