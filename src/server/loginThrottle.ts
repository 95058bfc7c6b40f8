import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'

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
    handler: (_req, res, _next, options) => {
      const minutes = Math.ceil(options.windowMs / 60_000)
      res.status(429).json({
        errors: [
          {
            message: `Too many failed sign-ins from this address. Wait ${minutes} minutes, or ask an administrator to reset your password.`,
          },
        ],
      })
    },
  })
}
