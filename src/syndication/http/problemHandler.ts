import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { answeredAsOutage } from '../../server/outage/outageGuard'
import { brokenEscapeMessage } from '../../server/query/validateRequestShape'
import { SyndicationProblem } from '../shape/problem'

/**
 * The one place the syndication API answers an error: RFC 9457 problem+json with a stable `type`.
 * Server faults are logged and never described; one caused by an unreachable database is answered
 * as the outage it is.
 */
export function problemHandler(payload: Payload): ErrorRequestHandler {
  return async (error, req, res, next) => {
    if (res.headersSent) return next(error)
    // A fault because the database just went away is an outage: the documented 503, as the
    // outage guard answers once it knows, rather than a 500.
    if (!(error instanceof SyndicationProblem) && statusOf(error) >= 500) {
      res.removeHeader('ETag')
      if (await answeredAsOutage(payload, res)) return
    }
    const problem =
      error instanceof SyndicationProblem
        ? error
        : statusOf(error) < 500
          ? new SyndicationProblem(
              'invalid-parameter',
              brokenEscapeMessage(req.path) ?? 'The request could not be read.',
            )
          : new SyndicationProblem(
              'server-error',
              'Something went wrong on our side. Please try again.',
            )
    if (problem.status >= 500) payload.logger.error({ err: error }, 'syndication request failed')
    for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value)
    if (problem.status === 401) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="syndication"')
    }
    res.removeHeader('ETag')
    res.setHeader('Cache-Control', 'no-store')
    res
      .status(problem.status)
      .type('application/problem+json')
      .send(JSON.stringify(problem.toProblem(req.originalUrl)))
  }
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status
  return typeof status === 'number' ? status : 500
}

export const notFoundProblem: RequestHandler = (req, _res, next) => {
  next(
    new SyndicationProblem(
      'not-found',
      `Nothing is served at ${req.path}. See /syndication/docs for the endpoints.`,
    ),
  )
}

export const getOnly: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next()
  res.setHeader('Allow', 'GET, HEAD, OPTIONS')
  next(
    new SyndicationProblem(
      'method-not-allowed',
      `The syndication API is read-only: ${req.method} is not accepted. Use GET.`,
    ),
  )
}
