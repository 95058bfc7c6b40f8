import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { graphQLErrorCode } from '../graphql/errorCode'
import { HttpError } from './httpError'
import { databaseFaultReason } from './outage/databaseFault'
import { sendDatabaseUnavailable } from './outage/outageResponse'

/** Statuses that body-parser and friends attach to the errors they raise. */
function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status
  const candidate =
    (error as { status?: unknown; statusCode?: unknown })?.status ??
    (error as { statusCode?: unknown })?.statusCode
  return typeof candidate === 'number' && candidate >= 400 && candidate < 600 ? candidate : 500
}

const clientMessages: Record<string, string> = {
  'entity.too.large': 'The request body is too large.',
  'entity.parse.failed': 'The request body could not be parsed.',
  'encoding.unsupported': 'The request body uses an unsupported character encoding.',
}

/**
 * The one place Express answers an error on the editors' API, GraphQL and the website: code throws
 * (or passes to `next`) an error carrying its status (HttpError, body-parser's), and this writes
 * Payload's REST error shape (`{ errors: [{ message }] }`), with the GraphQL `extensions` (`code`,
 * `statusCode`) on the GraphQL route. Server faults are logged and never described to clients. The
 * partner API has its own, problem+json (src/syndication/http/problemHandler.ts).
 */
export function errorHandler(payload: Payload): ErrorRequestHandler {
  const graphQLPath = `${payload.config.routes.api}${payload.config.routes.graphQL}`
  return (error, req, res, next) => {
    if (res.headersSent) return next(error)
    // A database that timed out or cannot be reached is a moment's unavailability, not a bug.
    const databaseReason = databaseFaultReason(error)
    if (databaseReason) return sendDatabaseUnavailable(res, databaseReason)
    const status = statusOf(error)
    if (status >= 500) payload.logger.error({ err: error }, 'request failed')
    const type = (error as { type?: string })?.type
    const message =
      status >= 500
        ? 'Something went wrong on our side. Please try again.'
        : (type && clientMessages[type]) || (error as Error).message
    const extensions =
      req.originalUrl.split('?')[0] === graphQLPath
        ? { extensions: { code: graphQLErrorCode(status), statusCode: status } }
        : {}
    res.status(status).json({ errors: [{ message, ...extensions }] })
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `Nothing is served at ${req.method} ${req.path}.`))
}
