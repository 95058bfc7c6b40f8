import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

/** The PostgreSQL NOTIFY channel every server process of one database listens on. */
export const peerChannel = 'clinic_content_hub_response_cache'

const tokenSymbol = Symbol.for('clinic-content-hub.processToken')

/** Identifies this process's own notifications, which it has already acted on. */
export function processToken(): string {
  const holder = globalThis as { [tokenSymbol]?: string }
  holder[tokenSymbol] ??= randomUUID()
  return holder[tokenSymbol]
}

type PgPool = { query: (text: string, values: unknown[]) => Promise<unknown> }

export const isPostgres = (payload: Payload) => payload.db.name === 'postgres'

/**
 * Tells the other servers on this PostgreSQL database that published content changed. Sent after
 * the commit, so a server that acts on it reads the new rows. On SQLite there is one process.
 */
export async function notifyPeers(payload: Payload): Promise<void> {
  if (!isPostgres(payload)) return
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  try {
    await pool?.query('select pg_notify($1, $2)', [peerChannel, processToken()])
  } catch (error) {
    payload.logger.error({ err: error }, 'could not tell other servers to drop cached answers')
  }
}
