import type { RequestHandler } from 'express'

import { runAsWriteOwner } from '../database/serialisedWrites'

/**
 * Runs the rest of a request as one database write owner (see src/database/serialisedWrites.ts),
 * until its response is closed. Mounted right before Payload's handlers, after the body parsers:
 * their stream callbacks do not keep the async context, Payload's own awaits do.
 */
export const writeOwner: RequestHandler = (_req, res, next) =>
  runAsWriteOwner(
    () => next(),
    (end) => res.once('close', end),
  )
