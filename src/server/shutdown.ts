import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

export const shutdownDeadlineMs = 10_000

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void

/**
 * While draining, a request that arrives on a connection already open (HTTP keep-alive) is refused
 * with 503 and `Connection: close`, so its client retries elsewhere instead of waiting on a server
 * that is going away. It is answered in front of everything else, the response cache included.
 */
function refuseWhileDraining(server: Server, isDraining: () => boolean): void {
  const listeners = server.listeners('request') as RequestListener[]
  server.removeAllListeners('request')
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isDraining()) {
      for (const listener of listeners) listener.call(server, req, res)
      return
    }
    res.writeHead(503, {
      connection: 'close',
      'retry-after': '5',
      'content-type': 'application/problem+json',
      'cache-control': 'no-store',
    })
    res.end(
      JSON.stringify({
        type: 'about:blank',
        title: 'Service Unavailable',
        status: 503,
        detail: 'This server is shutting down. Send the request again; another server will answer.',
        errors: [{ message: 'This server is shutting down. Try again.' }],
      }),
    )
  })
}

/**
 * On SIGTERM or SIGINT: stop accepting connections, refuse new requests on open ones, let
 * in-flight requests finish, close the database, exit. A deadline makes sure the process is gone
 * within 10 s even if a client hangs.
 */
export function shutdownGracefully(server: Server, payload: Payload): void {
  let draining = false
  refuseWhileDraining(server, () => draining)

  const shutdown = (signal: string) => {
    if (draining) return
    draining = true
    payload.logger.info(`${signal} received: finishing in-flight requests, then exiting`)
    setTimeout(() => {
      payload.logger.warn('in-flight requests did not finish in time; exiting anyway')
      process.exit(1)
    }, shutdownDeadlineMs - 500).unref()
    server.close(async () => {
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
