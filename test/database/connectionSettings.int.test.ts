/**
 * libsql hands its connection to each transaction and opens a new one for the next statement
 * (libsql-client-ts#288). Settings made with `PRAGMA` belong to one connection, so after the first
 * transaction the adapter's busy timeout was gone, and a write that met another process's lock
 * failed at once with SQLITE_BUSY. Our libsql patch applies them again to each new connection.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { startTestServer, type TestServer } from '../helpers/testServer'

const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'

function temporaryDatabase(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'connection-settings-')), 'notes.db')
}

async function afterATransaction(file: string) {
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA journal_mode = WAL')
  await client.execute('PRAGMA busy_timeout = 4000')
  await client.execute('PRAGMA foreign_keys = ON')
  await client.execute('create table if not exists notes (id integer primary key, text text)')
  const transaction = await client.transaction('write')
  await transaction.execute("insert into notes (text) values ('in a transaction')")
  await transaction.commit()
  return client
}

/** Starts holdWriteLock.mjs and resolves once the other process holds the lock. */
async function anotherProcessHoldsTheLock(file: string, milliseconds: number) {
  const script = path.resolve('test/database/fixtures/holdWriteLock.mjs')
  const child = spawn(process.execPath, [script, file, String(milliseconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit')
  for await (const line of createInterface({ input: child.stdout })) {
    if (line === 'locked') return { exited }
  }
  throw new Error(`holdWriteLock.mjs ended without taking the lock (${(await exited).join(' ')})`)
}

describe('SQLite connection settings after a transaction', () => {
  test('should keep the busy timeout and foreign keys on the connection libsql opens next', async () => {
    const client = await afterATransaction(temporaryDatabase())
    try {
      expect((await client.execute('PRAGMA busy_timeout')).rows[0]?.[0]).toBe(4000)
      expect((await client.execute('PRAGMA foreign_keys')).rows[0]?.[0]).toBe(1)
    } finally {
      client.close()
    }
  })

  test("should wait out another process's write lock, not fail with SQLITE_BUSY", async () => {
    const file = temporaryDatabase()
    const client = await afterATransaction(file)
    try {
      const { exited } = await anotherProcessHoldsTheLock(file, 300)
      await client.execute("insert into notes (text) values ('after the lock')")
      const [code] = await exited
      expect(code).toBe(0)
      const notes = await client.execute('select text from notes order by id')
      expect(notes.rows.map((row) => row[0])).toEqual([
        'in a transaction',
        'from the other process',
        'after the lock',
      ])
    } finally {
      client.close()
    }
  })
})

describe.runIf(engine === 'sqlite')("Payload's SQLite adapter after a save", () => {
  let server: TestServer

  beforeAll(async () => {
    server = await startTestServer()
  })
  afterAll(async () => server?.close())

  test('should still have the busy timeout it was configured with', async () => {
    const { payload } = server
    // A save runs in a transaction, after which libsql reads and writes on a new connection.
    await payload.create({
      collection: 'conditions',
      data: { name: 'Connection settings check', slug: 'connection-settings-check' },
      draft: true,
    })
    const client = (payload.db as unknown as { client: ReturnType<typeof createClient> }).client
    expect((await client.execute('PRAGMA busy_timeout')).rows[0]?.[0]).toBe(5000)
  })
})

describe.skipIf(engine === 'sqlite')(`connection settings on ${engine}`, () => {
  test.skip('are SQLite connection settings: skipped', () => {})
})
