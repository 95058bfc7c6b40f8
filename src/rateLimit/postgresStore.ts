import type { IncrementResponse, Options, Store } from 'express-rate-limit'
import type { Payload } from 'payload'

import { LocalCounts } from './localCounts'

type Pool = {
  query: (text: string, values?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

/**
 * The table the counters live in: one row per key, hits in the current window and when it ends.
 * It sits in a schema of its own, outside the one Payload manages, so neither Payload's migrations
 * nor its development schema push (which offers to drop tables it does not know, and waits for an
 * answer) ever see it; the store creates it on first use. Counters are not content: backups leave
 * them out.
 */
export const rateLimitTable = 'rate_limits.hits'

export const createRateLimitTableSql = `create schema if not exists rate_limits;
create table if not exists ${rateLimitTable} (
  key text primary key,
  hits integer not null,
  reset_at timestamptz not null
)`

/** Rows whose window ended this long ago are deleted, so one row per address does not pile up. */
const keepEndedWindowsMs = 10 * 60_000

/**
 * express-rate-limit's Store on the PostgreSQL database every server process shares, so a
 * partner's tier holds across processes instead of multiplying by their number. One statement per
 * request: an upsert that starts a new window when the old one ended. Without the table (not yet
 * migrated) or on another engine, counts are kept in this process, as before.
 */
export class SharedRateLimitStore implements Store {
  prefix: string
  private windowMs = 60_000
  private readonly local = new LocalCounts()
  private shared: Promise<Pool | undefined> | undefined
  /** Set once it is known that this PostgreSQL database has no table to count on. */
  private noSharedTable = false

  constructor(
    private readonly payload: Payload,
    prefix: string,
  ) {
    this.prefix = prefix
  }

  init(options: Options): void {
    this.windowMs = options.windowMs
  }

  /** True when counts are known to be kept in this process: another engine, or no table. */
  private get countsHere(): boolean {
    return this.payload.db.name !== 'postgres' || this.noSharedTable
  }

  private pool(): Promise<Pool | undefined> {
    this.shared ??= (async () => {
      const pool = (this.payload.db as unknown as { pool?: Pool }).pool
      if (this.payload.db.name !== 'postgres') return undefined
      if (!pool) {
        this.noSharedTable = true
        return undefined
      }
      try {
        await pool.query(createRateLimitTableSql)
      } catch (error) {
        // Another process creating it at the same moment can fail this one's create; the table
        // is there all the same. Anything else (no right to create a schema) is said once.
        const { rows } = await pool.query('select to_regclass($1) as found', [rateLimitTable])
        if (!rows[0]?.found) {
          this.payload.logger.warn(
            { err: error },
            `rate limits are counted per process: the ${rateLimitTable} table cannot be created`,
          )
          this.noSharedTable = true
          return undefined
        }
      }
      return pool
    })().catch(() => {
      this.shared = undefined
      return undefined
    })
    return this.shared
  }

  /**
   * Counts one request without a promise where counts are kept in this process; undefined where
   * they are kept in the shared table (then call increment).
   */
  incrementNow(key: string): IncrementResponse | undefined {
    return this.countsHere ? this.local.increment(key, this.windowMs) : undefined
  }

  /** Takes back what incrementNow counted (it returned a count). */
  decrementNow(key: string): void {
    this.local.decrement(key)
  }

  async increment(key: string): Promise<IncrementResponse> {
    const pool = await this.pool()
    if (!pool) return this.local.increment(key, this.windowMs)
    const { rows } = await pool.query(
      `insert into ${rateLimitTable} as counter (key, hits, reset_at)
         values ($1, 1, now() + $2 * interval '1 millisecond')
       on conflict (key) do update set
         hits = case when counter.reset_at <= now() then 1 else counter.hits + 1 end,
         reset_at = case when counter.reset_at <= now() then excluded.reset_at else counter.reset_at end
       returning hits, reset_at`,
      [this.prefix + key, this.windowMs],
    )
    this.forgetEndedWindows(pool)
    return { totalHits: Number(rows[0]!.hits), resetTime: new Date(rows[0]!.reset_at as string) }
  }

  private lastCleanup = 0

  /** At most once a window per process, deletes counters whose window ended a while ago. */
  private forgetEndedWindows(pool: Pool): void {
    const now = Date.now()
    if (now - this.lastCleanup < this.windowMs) return
    this.lastCleanup = now
    pool
      .query(
        `delete from ${rateLimitTable} where reset_at < now() - $1 * interval '1 millisecond'`,
        [keepEndedWindowsMs],
      )
      .catch(() => undefined)
  }

  async decrement(key: string): Promise<void> {
    const pool = await this.pool()
    if (!pool) return this.local.decrement(key)
    await pool.query(`update ${rateLimitTable} set hits = greatest(hits - 1, 0) where key = $1`, [
      this.prefix + key,
    ])
  }

  async resetKey(key: string): Promise<void> {
    const pool = await this.pool()
    if (!pool) return this.local.reset(key)
    await pool.query(`delete from ${rateLimitTable} where key = $1`, [this.prefix + key])
  }
}
