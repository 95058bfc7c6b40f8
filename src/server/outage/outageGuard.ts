import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { databaseFaultReason, recordedFault, withFaultSlot } from './databaseFault'
import { databaseMonitor, outageTiming } from './databaseMonitor'
import { sendDatabaseUnavailable } from './outageResponse'
import { mayBeSaving } from './mayBeSaving'

/**
 * While the database is known to be down, API requests are answered 503 without touching it. A
 * request still unanswered after `outageTiming.checkAfterMs` makes the monitor ping the database:
 * a database that accepts connections but never answers leaves every query waiting (no server is
 * there to enforce statement_timeout), so the request gets its 503 now rather than when a driver
 * timeout ends the wait. A slow answer from a database that still answers pings is left alone.
 */
export function outageGuard(payload: Payload): RequestHandler {
  const monitor = databaseMonitor(payload)
  return (_req, res, next) => {
    if (monitor.isDown()) return sendDatabaseUnavailable(res)
    const deadline = setTimeout(async () => {
      if (res.headersSent || (await monitor.check())) return
      // The handler still holds the connection's request; the client must not send another on it.
      res.set('connection', 'close')
      // It also still runs: a save may yet commit if the database comes back.
      sendDatabaseUnavailable(res, mayBeSaving(res.req) ? 'save-outcome-unknown' : 'database')
    }, outageTiming.checkAfterMs)
    deadline.unref()
    res.once('close', () => clearTimeout(deadline))
    withFaultSlot(next)
  }
}

/**
 * Called when Payload answered a request with a server error: if the database is the reason (it
 * timed out, or it cannot be reached), the client gets the 503 outage answer instead of a 500, and
 * if it is gone the guard takes over until it returns. Returns true when the request has been
 * answered (also when the deadline above answered it already).
 */
export async function answeredAsOutage(
  payload: Payload,
  res: Response,
  error: unknown = recordedFault(),
): Promise<boolean> {
  if (res.headersSent) return true
  const monitor = databaseMonitor(payload)
  const reason = databaseFaultReason(error)
  if (reason) {
    void monitor.check()
    sendDatabaseUnavailable(res, reason)
    return true
  }
  const reachable = await monitor.check()
  if (res.headersSent) return true
  if (reachable) return false
  sendDatabaseUnavailable(res)
  return true
}
