import type pg from 'pg'
import type { Payload } from 'payload'

import { isPostgres, peerChannel, processToken, readPeerMessage } from './peerChannel'
import type { ResponseStore } from './responseStore'

const reconnectDelayMs = 500

/**
 * Keeps this process's cache in step with the other servers on the same PostgreSQL database: one
 * connection LISTENs for their changes. While it is not listening (starting, or the connection
 * dropped) the store serves and keeps nothing, since a change could be missed; once listening again
 * it starts from empty. Returns a function that stops listening.
 */
export function startPeerSync(payload: Payload, store: ResponseStore): () => Promise<void> {
  if (!isPostgres(payload)) return async () => undefined
  const connectionString = (payload.db as unknown as { poolOptions?: pg.PoolConfig }).poolOptions
    ?.connectionString
  if (!connectionString) return async () => undefined

  const ownToken = processToken()
  let client: pg.Client | undefined
  let stopped = false
  let retryTimer: NodeJS.Timeout | undefined

  const retry = () => {
    store.setPeersInSync(false)
    client?.removeAllListeners()
    client?.on('error', () => undefined)
    client?.end().catch(() => undefined)
    client = undefined
    if (stopped || retryTimer) return
    retryTimer = setTimeout(() => {
      retryTimer = undefined
      void listen()
    }, reconnectDelayMs)
  }

  const listen = async () => {
    store.setPeersInSync(false)
    // Loaded here, on PostgreSQL only: SQLite servers never need the pg client.
    const {
      default: { Client },
    } = await import('pg')
    if (stopped) return
    const next = new Client({ connectionString, keepAlive: true })
    client = next
    next.on('notification', (message) => {
      const { from, tags } = readPeerMessage(message.payload ?? '')
      if (from !== ownToken) store.invalidate(tags)
    })
    next.on('error', retry)
    next.on('end', retry)
    try {
      await next.connect()
      await next.query(`LISTEN ${peerChannel}`)
      if (client === next && !stopped) store.setPeersInSync(true)
    } catch (error) {
      if (!stopped) payload.logger.warn({ err: error }, 'response cache: cannot listen for changes')
      retry()
    }
  }

  // A round trip on the listening connection: PostgreSQL sends a listener the notifications
  // committed before a query ahead of that query's answer, so once it is back, every change
  // committed before the call has been acted on. Concurrent callers share the next round trip.
  let running: Promise<boolean> | undefined
  let queued: Promise<boolean> | undefined
  const roundTrip = (): Promise<boolean> => {
    queued = undefined
    const current = client
    const trip = current
      ? current.query('select 1').then(
          () => client === current && store.serving,
          () => false,
        )
      : Promise.resolve(false)
    running = trip
    void trip.finally(() => {
      if (running === trip) running = undefined
    })
    return trip
  }
  store.setPeerCatchUp(() => {
    if (queued) return queued
    if (!running) return roundTrip()
    queued = running.then(roundTrip, roundTrip)
    return queued
  })

  void listen()
  return async () => {
    stopped = true
    store.setPeerCatchUp(async () => false)
    clearTimeout(retryTimer)
    const current = client
    client = undefined
    current?.removeAllListeners()
    current?.on('error', () => undefined)
    await current?.end().catch(() => undefined)
  }
}
