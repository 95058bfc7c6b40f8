import { Router } from 'express'
import type { Payload } from 'payload'

import { bodySizeLimit } from './bodySizeLimit'
import { corsPolicy } from './corsPolicy'
import { validatedJsonBody } from './jsonBody'
import { graphQLSignInThrottle, loginThrottle } from './loginThrottle'
import { methodOverrideRead } from './methodOverrideRead'
import { originMismatchLog } from './originMismatchLog'
import { outageGuard } from './outage/outageGuard'
import { listenForPoolErrors } from './outage/poolErrors'
import { validatedRequestShape } from './query/validatedRequestShape'

/** Channels that set their own cross-origin policy (see corsPolicy.ts). */
export const corsChannelPaths = ['/syndication/v1']

/**
 * What every request passes before any route: cross-origin policy, body size limits, sign-in
 * throttling, a quick 503 while the database is known to be down, and a 4xx for API paths and
 * parameters Payload cannot take. Security headers come first, from securityHeaders.ts.
 */
export function httpHardening(payload: Payload): Router {
  const router = Router()
  const { cors, routes } = payload.config
  router.use(
    corsPolicy({ allowedOrigins: Array.isArray(cors) ? cors : [], channelPaths: corsChannelPaths }),
  )
  router.use(originMismatchLog(payload))
  router.use(bodySizeLimit)
  const throttle = loginThrottle()
  router.post([`${routes.api}/users/login`, `${routes.api}/users/forgot-password`], throttle)
  // One throttle for every transport: GraphQL sign-ins count against the same address budget.
  router.use(`${routes.api}${routes.graphQL}`, validatedJsonBody, graphQLSignInThrottle(throttle))
  router.use([routes.api, ...corsChannelPaths], outageGuard(payload))
  // Before the checks: the admin's form-encoded reads become the GET they stand for.
  router.use(routes.api, methodOverrideRead, validatedRequestShape(payload))
  listenForPoolErrors(payload)
  return router
}
