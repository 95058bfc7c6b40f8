/**
 * Our patch to @libsql/client (patches/@libsql+client+*.patch): statements are prepared once per
 * connection and reused, and forgotten when the schema may have changed. These tests fail if the
 * patch is no longer applied (each statement prepared again) or if reuse changes any answer.
 */
import { createClient } from '@libsql/client'
import Database from 'libsql'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

describe('libsql statements prepared once and reused (patched @libsql/client)', () => {
  let dir: string
  let client: ReturnType<typeof createClient>
  let prepare: ReturnType<typeof vi.spyOn>

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'statement-reuse-'))
    client = createClient({ url: `file:${path.join(dir, 'reuse.db')}` })
    await client.execute('create table notes (id integer primary key, title text unique)')
    prepare = vi.spyOn(Database.prototype, 'prepare')
  })

  afterEach(() => {
    prepare.mockRestore()
    client.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const preparedTexts = (): string[] => prepare.mock.calls.map((call: unknown[]) => String(call[0]))

  test('should prepare a statement run again with other arguments only once', async () => {
    const insert = 'insert into notes (title) values (?)'
    const select = 'select id, title from notes where title = ?'
    await client.execute({ sql: insert, args: ['aftercare'] })
    await client.execute({ sql: insert, args: ['dosage'] })
    const first = await client.execute({ sql: select, args: ['aftercare'] })
    const second = await client.execute({ sql: select, args: ['dosage'] })

    expect(first.rows.map((row) => row.title)).toEqual(['aftercare'])
    expect(second.rows.map((row) => row.title)).toEqual(['dosage'])
    expect(second.columns).toEqual(['id', 'title'])
    expect(preparedTexts().filter((sql) => sql === insert)).toHaveLength(1)
    expect(preparedTexts().filter((sql) => sql === select)).toHaveLength(1)
  })

  test('should prepare a statement again after it failed, and go on working', async () => {
    // A failed statement is not kept: SQLite may leave it mid-step holding a read snapshot
    // (test/database/statementReuse.int.test.ts shows what that did to later writes).
    const insert = 'insert into notes (title) values (?)'
    await client.execute({ sql: insert, args: ['faq'] })
    await expect(client.execute({ sql: insert, args: ['faq'] })).rejects.toMatchObject({
      code: 'SQLITE_CONSTRAINT_UNIQUE',
    })
    await client.execute({ sql: insert, args: ['faq 2'] })

    const titles = await client.execute('select title from notes order by id')
    expect(titles.rows.map((row) => row.title)).toEqual(['faq', 'faq 2'])
    expect(preparedTexts().filter((sql) => sql === insert)).toHaveLength(2)
  })

  test('should see a column added since a statement was kept', async () => {
    await client.execute({ sql: 'insert into notes (title) values (?)', args: ['injection'] })
    const before = await client.execute('select * from notes')
    await client.execute('alter table notes add column reviewed integer default 0')
    const after = await client.execute('select * from notes')
    await client.executeMultiple('alter table notes add column language text')
    const afterMultiple = await client.execute('select * from notes')

    expect(before.columns).toEqual(['id', 'title'])
    expect(after.columns).toEqual(['id', 'title', 'reviewed'])
    expect(afterMultiple.columns).toEqual(['id', 'title', 'reviewed', 'language'])
    expect(afterMultiple.rows[0]).toMatchObject({ title: 'injection', language: null })
  })

  test('should give each transaction statements of its own connection', async () => {
    const insert = 'insert into notes (title) values (?)'
    await client.execute({ sql: insert, args: ['outside'] })
    const transaction = await client.transaction('write')
    await transaction.execute({ sql: insert, args: ['inside'] })
    await transaction.commit()
    await client.execute({ sql: insert, args: ['after'] })

    const titles = await client.execute('select title from notes order by id')
    expect(titles.rows.map((row) => row.title)).toEqual(['outside', 'inside', 'after'])
  })
})
