import fs from 'node:fs'
import path from 'node:path'

import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '../../migrations/sqlite/index'
import { withParentIndexes } from '../parentIndexes'
import { withSerialisedWrites } from '../serialisedWrites'
import { withStableAliases } from '../stableAliases'
import { migrationDir } from './migrationDir'

/** The SQLite adapter, as every server process runs it (loaded only when DATABASE_URL names a file). */
export function sqliteDatabase(url: string): DatabaseAdapterObj {
  ensureSqliteFolder(url)
  // One writer at a time, taken in turn in JavaScript (serialisedWrites.ts explains why); reads
  // sent with the same text each time, so SQLite reuses their prepared statements.
  return withParentIndexes(
    withSerialisedWrites(
      withStableAliases(
        sqliteAdapter({
          client: { url },
          // Without transactionOptions the libsql adapter runs every write outside a transaction.
          transactionOptions: {},
          // WAL lets a second process (a script, a migration) read while one writes; the busy
          // timeout waits out its lock. libsql opens a new connection after every transaction; our
          // libsql patch gives it this timeout too (test/database/connectionSettings.int.test.ts).
          wal: true,
          busyTimeout: 5000,
          // Text IDs, as on PostgreSQL and MongoDB, so one GraphQL schema and one set of generated
          // types fit every engine. Random UUIDs are never handed out twice, which is what
          // AUTOINCREMENT guaranteed for integer IDs: an ID always names one document. Databases
          // made with integer IDs keep them as decimal strings (migration 20261130_*_string_ids).
          idType: 'uuid',
          migrationDir: migrationDir('sqlite'),
          prodMigrations: migrations,
        }),
      ),
    ),
    index,
  )
}

/** libsql creates the database file but not its folder. */
function ensureSqliteFolder(url: string): void {
  const filePath = url.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (!url.startsWith('file:') || filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(process.cwd(), filePath)), { recursive: true })
}
