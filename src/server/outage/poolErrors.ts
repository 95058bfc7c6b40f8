import type { Payload } from 'payload'

type ErrorListener = (error: Error) => void

type Client = {
  on: (event: 'error', listener: ErrorListener) => void
  listenerCount: (event: string) => number
}

type Pool = Client & {
  on: ((event: 'error', listener: ErrorListener) => void) &
    ((event: 'connect', listener: (client: Client) => void) => void)
  /** node-postgres's own list of open connections (pg-pool keeps it as `_clients`). */
  _clients?: Client[]
}

/**
 * node-postgres emits an `error` when a connection breaks (the database restarted, the network
 * dropped it, a stalled connection was cut): on the pool for an idle connection, and on the
 * connection itself while someone holds it, as Payload does for a whole transaction. Payload's
 * adapter listens for neither, and an `error` event with no listener kills the process. Here each
 * is logged (the request holding a connection gets its own error from the query it was running);
 * the pool makes a new connection when needed.
 */
export function listenForPoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || typeof pool.on !== 'function' || pool.listenerCount('error') > 0) return
  const log: ErrorListener = (error) => {
    // The message and code only: node-postgres attaches the whole client (its settings, buffers
    // and type tables) to the error, several kilobytes per log line.
    const { message, code } = error as Error & { code?: string }
    payload.logger.warn(
      { err: { message, code } },
      'a database connection failed; it will be replaced',
    )
  }
  const listened = new WeakSet<Client>()
  const listenOn = (client: Client) => {
    if (listened.has(client)) return
    listened.add(client)
    client.on('error', log)
  }
  // The pool passes an idle connection's error on to its own listeners; that connection's
  // listener has logged it already.
  pool.on('error', () => undefined)
  // Connections opened from now on, and those Payload opened while it started.
  pool.on('connect', listenOn)
  for (const client of pool._clients ?? []) listenOn(client)
}
