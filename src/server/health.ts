import { Router } from 'express'
import type { Payload } from 'payload'

import { pingOwnConnection } from './outage/databasePing'

/** How long /readyz waits for the database to answer `select 1` before saying 503. */
const readinessTimeoutMs = 1500

/**
 * `/healthz`: the process runs (liveness: restart it if this fails). `/readyz`: it can also reach
 * its database within `readinessTimeoutMs` (readiness: send it no traffic while this fails).
 */
export function healthRoutes(payload: Payload): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('cache-control', 'no-store')
    try {
      await pingOwnConnection(payload, readinessTimeoutMs)
      res.json({ status: 'ready', database: 'up' })
    } catch (error) {
      payload.logger.warn({ err: error }, 'readiness check failed')
      res.status(503).json({ status: 'not ready', database: 'down' })
    }
  })
  return router
}
