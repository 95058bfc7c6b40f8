import type { Server } from 'node:http'
import type { Payload } from 'payload'

export const shutdownDeadlineMs = 10_000

/**
 * On SIGTERM or SIGINT: stop accepting connections, let in-flight requests finish, close the
 * database, exit. A deadline makes sure the process is gone within 10 s even if a client hangs.
 */
export function shutdownGracefully(server: Server, payload: Payload): void {
  let shuttingDown = false
  const shutdown = (signal: string) => {
    if (shuttingDown) return
    shuttingDown = true
    payload.logger.info(`${signal} received: finishing in-flight requests, then exiting`)
    setTimeout(() => {
      payload.logger.warn('in-flight requests did not finish in time; exiting anyway')
      process.exit(1)
    }, shutdownDeadlineMs - 500).unref()
    server.close(async () => {
      await payload.destroy().catch(() => undefined)
      process.exit(0)
    })
    server.closeIdleConnections()
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}
