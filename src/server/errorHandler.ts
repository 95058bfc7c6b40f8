import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Payload } from 'payload'

import { HttpError } from './httpError'

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
 * The one place Express answers an error on the editors' API and the website, in Payload's REST
 * error shape (`{ errors: [{ message }] }`). Server faults are logged and never described to clients.
 */
export function errorHandler(payload: Payload): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error)
    const status = statusOf(error)
    if (status >= 500) payload.logger.error({ err: error }, 'request failed')
    const type = (error as { type?: string })?.type
    const message =
      status >= 500
        ? 'Something went wrong on our side. Please try again.'
        : (type && clientMessages[type]) || (error as Error).message
    res.status(status).json({ errors: [{ message }] })
  }
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new HttpError(404, `Nothing is served at ${req.method} ${req.path}.`))
}
