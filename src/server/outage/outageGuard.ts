import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { databaseMonitor } from './databaseMonitor'
import { sendDatabaseUnavailable } from './outageResponse'

/** While the database is known to be down, API requests are answered 503 without touching it. */
export function outageGuard(payload: Payload): RequestHandler {
  const monitor = databaseMonitor(payload)
  return (_req, res, next) => {
    if (!monitor.isDown()) return next()
    sendDatabaseUnavailable(res)
  }
}

/**
 * Called when Payload answered a request with a server error: if the database is the reason, the
 * client gets the 503 outage answer instead of a 500, and the guard takes over until it returns.
 * Returns true when it answered.
 */
export async function answeredAsOutage(payload: Payload, res: Response): Promise<boolean> {
  const reachable = await databaseMonitor(payload).check()
  if (reachable) return false
  sendDatabaseUnavailable(res)
  return true
}
