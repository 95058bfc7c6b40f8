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

/** PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; a longer list says "everything". */
const maxMessageBytes = 7900

/**
 * A change as the other servers read it: `{ from, tags }` in JSON, or this process's token alone
 * for a change of everything (what servers before tags sent, and still understand).
 */
export function peerMessage(tags?: readonly string[]): string {
  if (!tags) return processToken()
  const message = JSON.stringify({ from: processToken(), tags })
  return Buffer.byteLength(message) < maxMessageBytes ? message : processToken()
}

/** What a message from `peerMessage` says: who sent it and, unless everything changed, what. */
export function readPeerMessage(message: string): { from: string; tags?: string[] } {
  if (!message.startsWith('{')) return { from: message }
  try {
    const parsed = JSON.parse(message) as { from?: unknown; tags?: unknown }
    const tags = parsed.tags
    const valid = Array.isArray(tags) && tags.every((tag) => typeof tag === 'string')
    return { from: String(parsed.from), tags: valid ? (tags as string[]) : undefined }
  } catch {
    return { from: '' }
  }
}

/**
 * Tells the other servers on this PostgreSQL database that published content changed: `tags`
 * name what (src/cache/readTags.ts), none means everything. Sent after the commit, so a server
 * that acts on it reads the new rows. On SQLite there is one process.
 */
export async function notifyPeers(payload: Payload, tags?: readonly string[]): Promise<void> {
  if (!isPostgres(payload)) return
  const pool = (payload.db as unknown as { pool?: PgPool }).pool
  try {
    await pool?.query('select pg_notify($1, $2)', [peerChannel, peerMessage(tags)])
  } catch (error) {
    payload.logger.error({ err: error }, 'could not tell other servers to drop cached answers')
  }
}
