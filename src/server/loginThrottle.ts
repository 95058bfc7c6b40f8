import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { HttpError } from './httpError'

/**
 * Failed sign-ins per client address. Payload locks one account after 5 failures; this stops one
 * address trying a few passwords against many accounts. Successful sign-ins do not count, so a
 * clinic behind one address is not locked out by its own staff.
 */
export const loginThrottleLimits = { failedAttempts: 10, windowMs: 15 * 60 * 1000 }

export function loginThrottle(limits = loginThrottleLimits): RequestHandler {
  return rateLimit({
    windowMs: limits.windowMs,
    limit: limits.failedAttempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next, options) => {
      const minutes = Math.ceil(options.windowMs / 60_000)
      next(
        new HttpError(
          429,
          `Too many failed sign-ins from this address. Wait ${minutes} minutes, or ask an administrator to reset your password.`,
        ),
      )
    },
  })
}

/** GraphQL operations that sign in or mail a reset link, as REST's throttled routes do. */
const graphQLSignInPattern = /\b(loginUser|forgotPasswordUser)\b/

/**
 * The same throttle for GraphQL's `loginUser` and `forgotPasswordUser`, so failed sign-ins count
 * alike on every transport (GraphQL kept answering 401 after REST answered 429). Runs after the
 * JSON body is buffered; a request that merely mentions the names is counted only if it fails.
 */
export function graphQLSignInThrottle(throttle: RequestHandler): RequestHandler {
  return (req, res, next) => {
    const text = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
    const query = typeof req.query.query === 'string' ? req.query.query : ''
    if (graphQLSignInPattern.test(text) || graphQLSignInPattern.test(query)) {
      return throttle(req, res, next)
    }
    next()
  }
}
