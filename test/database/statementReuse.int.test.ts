/**
 * On SQLite, a read Payload sends again is not compiled again: our libsql patch keeps prepared
 * statements by their text (patches/@libsql+client+*.patch), and the random subquery aliases of
 * Payload's drizzle adapter are renamed so the text repeats (src/database/stableAliases.ts). The
 * other engines have no such statement cache; this file says so and checks nothing there.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'

import { seedSource } from '../helpers/seeded'
import { startTestServer, type TestServer } from '../helpers/testServer'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'

describe.runIf(engine === 'sqlite')('SQLite statements reused across requests', () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
    await seedSource(server.payload)
  })
  afterAll(async () => server?.close())

  test('should prepare nothing when the same reads (joins, filters through relations) come again', async () => {
    // Through the Local API as an anonymous reader: the response cache would answer HTTP repeats.
    const { payload } = server
    const reads = () =>
      Promise.all([
        payload.find({ collection: 'conditions', limit: 10, depth: 2, overrideAccess: false }),
        payload.find({
          collection: 'faqs',
          where: { 'relatedConditions.slug': { equals: 'bruxism' } },
          depth: 1,
          overrideAccess: false,
        }),
        payload.find({ collection: 'procedures', limit: 5, overrideAccess: false }),
      ])
    const prepare = vi.spyOn(Database.prototype, 'prepare')
    const first = await reads()
    expect(prepare).toHaveBeenCalled()
    prepare.mockClear()
    try {
      const again = await reads()
      expect(again).toEqual(first)
      expect(prepare.mock.calls.map((call: unknown[]) => String(call[0]))).toEqual([])
    } finally {
      prepare.mockRestore()
    }
  })
})

describe.skipIf(engine === 'sqlite')(`statement reuse on ${engine}`, () => {
  test.skip('has no statement cache of ours: skipped (SQLite only)', () => {})
})

describe('SQLite statements that failed', () => {
  test("should not be kept: a write refused under another connection's lock works once it is released", () => {
    // The statement cache kept a statement SQLite had refused mid-step (SQLITE_BUSY while another
    // server process wrote); it held its old snapshot, and every later write on that connection
    // failed with SQLITE_BUSY_SNAPSHOT until restart (CI, test/media/s3Storage.int.test.ts).
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'failed-statement-')), 'notes.db')
    const script = path.resolve('test/database/fixtures/failedStatement.mjs')
    const output = execFileSync(process.execPath, ['--expose-gc', script, file], {
      encoding: 'utf8',
    })
    expect(JSON.parse(output)).toEqual({
      whileLocked: 'SQLITE_BUSY',
      afterwards: ['ok', 'ok', 'ok', 'ok'],
    })
  })
})
