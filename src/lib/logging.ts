import type { Config } from 'payload'

/**
 * How Payload logs. Refusals of a client's request (a wrong password, a missing right, a refused
 * upload) are logged at info as one line, not as errors with stack traces: they are the system
 * working, and errors must stay rare enough to alert on. Payload already treats Forbidden,
 * ValidationError, NotFound, Locked and MissingFile so.
 */
export const loggingLevels: Config['loggingLevels'] = {
  AuthenticationError: 'info',
  // A where on a path that does not exist, or a bulk update or delete without a where
  // (src/lib/missingWhereQuery.ts): answered 400.
  QueryError: 'info',
  LockedAuth: 'info',
  UnverifiedEmail: 'info',
  // Payload's own upload refusals, and ours (src/uploads/uploadRefusal.ts).
  FileUploadError: 'info',
}

/**
 * JSON lines (pino's own format) wherever the output is not a terminal: files, journald, a log
 * shipper. Payload's default pretty-prints with colour codes always, which turned every log file
 * into escape sequences. In a terminal the default stays, for people.
 */
export function payloadLogger(isTerminal = Boolean(process.stdout.isTTY)): Config['logger'] {
  return isTerminal ? undefined : { options: {} }
}
