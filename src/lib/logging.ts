import { defaultLoggerOptions, type Config } from 'payload'
import type { LoggerOptions } from 'pino'

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
 * Payload logs every APIError at error with its stack, whatever its status: "Missing email." on a
 * forgot-password without one, an expired reset token (403), "No User" on a sign-out without a
 * session. Those are refusals of a client's request too: one info line with the status and the
 * message. loggingLevels cannot say so, as it goes by the error's class name and a server fault
 * can be an APIError as well (status 500), which stays at error.
 */
export const clientRefusalsAtInfo: NonNullable<LoggerOptions['hooks']>['logMethod'] = function (
  args,
  method,
  level,
) {
  const [first] = args as unknown[]
  const err = first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined
  const status = (err as { status?: unknown } | undefined)?.status
  if (level >= 50 && typeof status === 'number' && status >= 400 && status < 500) {
    return this.info({ status }, (err as Error).message)
  }
  return method.apply(this, args)
}

/**
 * JSON lines (pino's own format) wherever the output is not a terminal: files, journald, a log
 * shipper. Payload's default pretty-prints with colour codes always, which turned every log file
 * into escape sequences. In a terminal Payload's pretty output stays, for people.
 */
export function payloadLogger(isTerminal = Boolean(process.stdout.isTTY)): Config['logger'] {
  const options: LoggerOptions = { hooks: { logMethod: clientRefusalsAtInfo } }
  return isTerminal ? { options, destination: defaultLoggerOptions } : { options }
}
