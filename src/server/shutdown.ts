import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

import { retryAfterSeconds, unavailableProblem } from './outage/outageResponse'
import { requestIdHeaders } from './requestId'

export const shutdownDeadlineMs = 10_000

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** Whether this server is going away; set once, on SIGTERM or SIGINT. */
export type Drain = { readonly draining: boolean; begin: () => void }

export function createDrain(): Drain {
  let draining = false
  return {
    get draining() {
      return draining
    },
    begin: () => {
      draining = true
    },
  }
}

function sendShuttingDown(req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(503, [
    ...requestIdHeaders(res),
    'connection',
    'close',
    'retry-after',
    String(retryAfterSeconds),
    'content-type',
    'application/problem+json',
    'cache-control',
    'no-store',
  ])
  res.end(JSON.stringify(unavailableProblem(req.url ?? '', 'shutdown')))
}

/**
 * The first stage of the pipeline: while draining, a request that arrives on a connection already
 * open (HTTP keep-alive) is refused with 503 and `Connection: close`, so its client retries
 * elsewhere instead of waiting on a server that is going away. Answered before the response cache.
 */
export const refuseWhileDraining =
  (drain: Drain) =>
  (next: Listener): Listener =>
  (req, res) => {
    if (drain.draining) sendShuttingDown(req, res)
    else next(req, res)
  }

/**
 * On SIGTERM or SIGINT: stop accepting connections, refuse new requests on open ones, let
 * in-flight requests finish, stop the pipeline's background work (`stop`), close the database,
 * exit. A deadline makes sure the process is gone within 10 s even if a client hangs.
 */
export function shutdownGracefully({
  server,
  payload,
  drain,
  stop,
}: {
  server: Server
  payload: Payload
  drain: Drain
  stop: () => Promise<void>
}): void {
  const shutdown = (signal: string) => {
    if (drain.draining) return
    drain.begin()
    payload.logger.info(`${signal} received: finishing in-flight requests, then exiting`)
    setTimeout(() => {
      payload.logger.warn('in-flight requests did not finish in time; exiting anyway')
      process.exit(1)
    }, shutdownDeadlineMs - 500).unref()
    server.close(async () => {
      await stop().catch(() => undefined)
      await payload.destroy().catch(() => undefined)
      process.exit(0)
    })
    // A keep-alive connection becomes idle when its last response is sent; close it then, or
    // server.close would wait for the client to hang up.
    server.closeIdleConnections()
    setInterval(() => server.closeIdleConnections(), 100).unref()
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}
