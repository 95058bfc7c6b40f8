import type pg from 'pg'
import type { Payload } from 'payload'

import { answerWithin, pingDatabase } from '../../database/pingDatabase'

const pingPools = new WeakMap<Payload, Promise<pg.Pool>>()
/** Connecting can take a while on a busy host; the connection is kept, so that is rare. */
const connectWithinMs = 3000
/** A ping left unanswered this long ends, and its connection is dropped (see below). */
const answerWithinMs = 1500

/**
 * One connection of its own for the readiness check and the outage monitor (PostgreSQL), beside
 * Payload's pool: when a burst of saves holds every pooled connection the database is busy, not
 * down, and a ping queued behind them would say otherwise. A ping the database never answers
 * ends after `timeoutMs` and drops that connection, so the next ping connects afresh. `pg` is
 * imported only here, so a server on SQLite never loads it (issue 15).
 */
function pingPool(payload: Payload): Promise<pg.Pool> | undefined {
  const existing = pingPools.get(payload)
  if (existing) return existing
  const connectionString = (payload.db as unknown as { poolOptions?: pg.PoolConfig }).poolOptions
    ?.connectionString
  if (payload.db.name !== 'postgres' || !connectionString) return undefined
  const pool = import('pg').then(({ default: { Pool } }) => {
    const made = new Pool({
      connectionString,
      max: 1,
      connectionTimeoutMillis: connectWithinMs,
      query_timeout: answerWithinMs,
      // Kept open between pings (a ping must not wait for a new backend on a busy host), without
      // keeping a finished process alive.
      idleTimeoutMillis: 0,
      allowExitOnIdle: true,
    })
    // A ping connection the server ends (a restart, a dropped database) is replaced at the next
    // ping.
    made.on('error', () => undefined)
    return made
  })
  pingPools.set(payload, pool)
  return pool
}

/** Asks the database a trivial question; rejects when it does not answer within `timeoutMs`. */
export async function pingOwnConnection(payload: Payload, timeoutMs: number): Promise<void> {
  const pool = pingPool(payload)
  if (!pool) return pingDatabase(payload, timeoutMs)
  await answerWithin(
    pool.then((opened) => opened.query('select 1')),
    timeoutMs,
  )
}

/** Opens the ping connection ahead of the first ping (the server's start). */
export function warmPingConnection(payload: Payload): void {
  pingPool(payload)
    ?.then((pool) => pool.query('select 1'))
    .catch(() => undefined)
}
