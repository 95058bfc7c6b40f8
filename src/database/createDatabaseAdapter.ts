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
  statementTimeoutMs = 30_000,
}: {
  engine: DatabaseEngine
  url: string
  statementTimeoutMs?: number
}): DatabaseAdapterObj {
  if (engine === 'postgres') {
    return postgresAdapter({
      pool: {
        connectionString: url,
        // Every wait is bounded: a connection within 2 s, a statement within
        // DATABASE_STATEMENT_TIMEOUT_MS (the server cancels it, the request gets an answer), and a
        // transaction left idle (holding its locks) is ended after a minute at least: Payload keeps
        // a transaction open while it hashes a password or resizes an image between statements.
        connectionTimeoutMillis: 2000,
        statement_timeout: statementTimeoutMs,
        idle_in_transaction_session_timeout: Math.max(60_000, statementTimeoutMs),
      },
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
