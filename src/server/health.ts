import { Router } from 'express'
import type { Payload } from 'payload'

import { pingDatabase } from '../database/pingDatabase'

/** `/healthz`: the process runs. `/readyz`: it can also reach its database. */
export function healthRoutes(payload: Payload): Router {
  const router = Router()
  router.get('/healthz', (_req, res) => {
    res.set('cache-control', 'no-store').json({ status: 'ok' })
  })
  router.get('/readyz', async (_req, res) => {
    res.set('cache-control', 'no-store')
    try {
      await pingDatabase(payload)
      res.json({ status: 'ready', database: 'up' })
    } catch (error) {
      payload.logger.warn({ err: error }, 'readiness check failed')
      res.status(503).json({ status: 'not ready', database: 'down' })
    }
  })
  return router
}
