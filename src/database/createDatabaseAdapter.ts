import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { withExclusiveJobClaims } from '../jobs/exclusiveJobClaims'
import { withChangeLogNumbering } from '../syndication/services/changeLogSequence'
import type { DatabaseEngine } from './selectDatabaseEngine'
import { withRequiredTransactions } from './requireTransactions'
import { withSerialisedWrites } from './serialisedWrites'
import { withStableAliases } from './stableAliases'
import { withTransactionSlots } from './transactionSlots'

// Paths are built from the working directory, not import.meta.url: in a bundled server (Next's
// .next/server) import.meta.url points into the bundle's folder.
const migrationDir = (engine: string) => path.resolve(process.cwd(), 'src/migrations', engine)

/** PostgreSQL connections per server process (node-postgres's default), and how many of them
 * are kept from transactions for reads outside them. */
const poolSize = 10
const reservedConnections = 3

/**
 * Builds the Payload database adapter that DATABASE_URL names (parsed by src/config). Only that
 * engine's adapter package and migrations are loaded: the three adapters together took about 0.6 s
 * of a start's CPU, and each process uses one (issue 15).
 */
export async function createDatabaseAdapter({
  engine,
  url,
  statementTimeoutMs = 30_000,
}: {
  engine: DatabaseEngine
  url: string
  statementTimeoutMs?: number
}): Promise<DatabaseAdapterObj> {
  if (engine === 'postgres') {
    const { postgresAdapter } = await import('@payloadcms/db-postgres')
    const { migrations } = await import('../migrations/postgres/index')
    // Jobs claimed by one process at a time, change-log events numbered in commit order: several
    // server processes share one PostgreSQL database (issue 13). Transactions leave connections
    // free for everything else (transactionSlots.ts).
    return withExclusiveJobClaims(
      withTransactionSlots(
        withChangeLogNumbering(
          postgresAdapter({
            pool: {
              connectionString: url,
              max: poolSize,
              // Every wait is bounded: a pooled connection within 10 s (a burst of saves queues for
              // the pool's 10 connections; a database that stops answering is caught sooner, by
              // src/server/outage), a statement within DATABASE_STATEMENT_TIMEOUT_MS (the
              // server cancels it, the request gets a 503), and a transaction left idle (holding its
              // locks) is ended after a minute at least: Payload keeps a transaction open while it
              // hashes a password or resizes an image between statements.
              connectionTimeoutMillis: 10_000,
              statement_timeout: statementTimeoutMs,
              // The statement timeout needs a server to enforce it. When none answers (a host that
              // accepts connections and stalls), the driver gives up a little later itself, so the
              // connection is dropped and the pool recovers once the database is back.
              query_timeout: statementTimeoutMs + 2000,
              idle_in_transaction_session_timeout: Math.max(60_000, statementTimeoutMs),
            },
            // UUIDs keep every ID a string, as on MongoDB, so nothing can come to rely on numeric IDs.
            idType: 'uuid',
            migrationDir: migrationDir('postgres'),
            prodMigrations: migrations,
          }),
        ),
        { slots: poolSize - reservedConnections, maxWaitMs: statementTimeoutMs },
      ),
    )
  }

  if (engine === 'mongodb') {
    // Transactions need a replica set; the adapter turns them off without one, and the start
    // stops there (requireTransactions.ts).
    const { mongooseAdapter } = await import('@payloadcms/db-mongodb')
    return withRequiredTransactions(mongooseAdapter({ url }))
  }

  const { sqliteAdapter } = await import('@payloadcms/db-sqlite')
  const { migrations } = await import('../migrations/sqlite/index')
  ensureSqliteFolder(url)
  // One writer at a time, taken in turn in JavaScript (serialisedWrites.ts explains why); reads
  // sent with the same text each time, so SQLite reuses their prepared statements.
  return withSerialisedWrites(
    withStableAliases(
      sqliteAdapter({
        client: { url },
        // Without transactionOptions the libsql adapter runs every write outside a transaction.
        transactionOptions: {},
        // WAL lets a second process (a script, a migration) read while one writes; the busy timeout
        // waits out its lock. libsql opens a new connection after every transaction; our libsql
        // patch gives it this timeout too (test/database/connectionSettings.int.test.ts).
        wal: true,
        busyTimeout: 5000,
        // Text IDs, as on PostgreSQL and MongoDB, so one GraphQL schema and one set of generated
        // types fit every engine. Random UUIDs are never handed out twice, which is what
        // AUTOINCREMENT guaranteed for integer IDs: an ID always names one document. Databases made
        // with integer IDs keep them as decimal strings (migration 20261130_*_string_ids).
        idType: 'uuid',
        migrationDir: migrationDir('sqlite'),
        prodMigrations: migrations,
      }),
    ),
  )
}

/** libsql creates the database file but not its folder. */
function ensureSqliteFolder(url: string): void {
  const filePath = url.replace(/^file:(\/\/)?/, '').split('?')[0]
  if (!url.startsWith('file:') || filePath === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(process.cwd(), filePath)), { recursive: true })
}
