import { Router } from 'express'
import type { Payload } from 'payload'

import { bodySizeLimit } from './bodySizeLimit'
import { corsPolicy } from './corsPolicy'
import { loginThrottle } from './loginThrottle'

/** Channels that set their own cross-origin policy (see corsPolicy.ts). */
export const corsChannelPaths = ['/syndication/v1']

/**
 * What every request passes before any route: cross-origin policy, body size limits and sign-in
 * throttling. Security headers come first, from securityHeaders.ts.
 */
export function httpHardening(payload: Payload): Router {
  const router = Router()
  const { cors, routes } = payload.config
  router.use(
    corsPolicy({ allowedOrigins: Array.isArray(cors) ? cors : [], channelPaths: corsChannelPaths }),
  )
  router.use(bodySizeLimit)
  const throttle = loginThrottle()
  router.post([`${routes.api}/users/login`, `${routes.api}/users/forgot-password`], throttle)
  return router
}
