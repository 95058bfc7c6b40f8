import { postgresAdapter } from '@payloadcms/db-postgres'
import { index } from '@payloadcms/db-postgres/drizzle/pg-core'
import type { DatabaseAdapterObj } from 'payload'

import { withExclusiveJobClaims } from '../../jobs/exclusiveJobClaims'
import { migrations } from '../../migrations/postgres/index'
import { withChangeLogNumbering } from '../../syndication/services/changeLogNumbering'
import { withParentIndexes } from '../parentIndexes'
import { withTransactionSlots } from '../transactionSlots'
import { migrationDir } from './migrationDir'

/** PostgreSQL connections per server process (node-postgres's default), and how many of them
 * are kept from transactions for reads outside them. */
const poolSize = 10
const reservedConnections = 3

/** The PostgreSQL adapter, as every server process runs it (loaded only when DATABASE_URL names PostgreSQL). */
export function postgresDatabase(url: string, statementTimeoutMs: number): DatabaseAdapterObj {
  // Jobs claimed by one process at a time, change-log events numbered in commit order: several
  // server processes share one PostgreSQL database (issue 13). Transactions leave connections
  // free for everything else (transactionSlots.ts).
  return withParentIndexes(
    withExclusiveJobClaims(
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
    ),
    index,
  )
}
