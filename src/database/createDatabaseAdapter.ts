import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations as postgresMigrations } from '../migrations/postgres/index'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index'
import type { DatabaseEngine } from './selectDatabaseEngine'
import { withSerialisedWrites } from './serialisedWrites'

// Paths are built from the working directory, not import.meta.url: in a bundled server (Next's
// .next/server) import.meta.url points into the bundle's folder.
const migrationDir = (engine: string) => path.resolve(process.cwd(), 'src/migrations', engine)

/** Builds the Payload database adapter that DATABASE_URL names (parsed by src/config). */
export function createDatabaseAdapter({
  engine,
  url,
}: {
  engine: DatabaseEngine
  url: string
}): DatabaseAdapterObj {
  if (engine === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: url, connectionTimeoutMillis: 2000 },
      // UUIDs keep every ID a string, as on MongoDB, so nothing can come to rely on numeric IDs.
      idType: 'uuid',
      migrationDir: migrationDir('postgres'),
      prodMigrations: postgresMigrations,
    })
  }

  if (engine === 'mongodb') {
    // Transactions need a replica set; the adapter turns them off when the URL names none.
    return mongooseAdapter({ url })
  }

  ensureSqliteFolder(url)
  // One writer at a time, taken in turn in JavaScript (serialisedWrites.ts explains why).
  return withSerialisedWrites(
    sqliteAdapter({
      client: { url },
      // Without transactionOptions the libsql adapter runs every write outside a transaction.
      transactionOptions: {},
      // WAL lets a second server process read while one writes; the busy timeout waits out its lock
      // (on the first connection only: libsql opens later ones without it, see serialisedWrites.ts).
      wal: true,
      busyTimeout: 5000,
      // Deleted rows' IDs are never handed out again, so an ID always names one document.
      autoIncrement: true,
      migrationDir: migrationDir('sqlite'),
      prodMigrations: sqliteMigrations,
    }),
  )
}

/** libsql creates the database file but not its folder. */
function ensureSqliteFolder(url: string): void {
  const filePath = url.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (!url.startsWith('file:') || filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(process.cwd(), filePath)), { recursive: true })
}
