import type { Payload } from 'payload'

type EventSource = {
  on: (event: 'error', listener: (error: Error) => void) => void
  listenerCount: (event: string) => number
}

/**
 * node-postgres emits an `error` on the pool when an idle connection breaks (the database
 * restarted, the network dropped it). Payload's adapter listens on none, and an `error` event with
 * no listener kills the process. Here it is logged; the pool makes a new connection when needed.
 */
export function listenForPoolErrors(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: EventSource }).pool
  if (!pool || typeof pool.on !== 'function' || pool.listenerCount('error') > 0) return
  pool.on('error', (error) => {
    // The message and code only: node-postgres attaches the whole client (its settings, buffers
    // and type tables) to the error, several kilobytes per log line.
    const { message, code } = error as Error & { code?: string }
    payload.logger.warn(
      { err: { message, code } },
      'an idle database connection failed; it will be replaced',
    )
  })
}
