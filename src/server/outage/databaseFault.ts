import type { AfterErrorHook } from 'payload'

import { contextValue, runWithContext } from '../../lib/asyncContext'

/**
 * PostgreSQL error classes that mean "the database could not do it now", not "the request or the
 * code is wrong": 08 connection exception, 53 insufficient resources (too many connections),
 * 57 operator intervention (57014: a statement cancelled by statement_timeout; 57P01-03: the
 * server shutting down or starting), 55P03 a lock not available, 25P03 an idle transaction ended.
 */
const unavailableSqlStates = [/^08/, /^53/, /^57/, /^55P03$/, /^25P03$/]

/** node-postgres's and the pool's own words when no answer came at all. */
const unavailableMessages = [
  /Query read timeout/,
  /timeout exceeded when trying to connect/,
  /Connection terminated/,
  /Client has encountered a connection error/,
  /database is locked/,
]
const unavailableSystemCodes = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'SQLITE_BUSY']

/** An error and the errors it was caused by (Payload and drizzle wrap the driver's), innermost last. */
function* causeChain(error: unknown): Generator<object> {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    yield current as object
    current = (current as { cause?: unknown }).cause
  }
}

/**
 * Whether an error (or any error it was caused by) says the database timed out or could not be
 * reached. Such a failure is the service being unavailable for a moment: the client hears 503 with
 * Retry-After, not a 500 that reads as a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const { code, message } = current as { code?: unknown; message?: unknown }
    if (typeof code === 'string') {
      if (unavailableSqlStates.some((state) => state.test(code))) return true
      if (unavailableSystemCodes.includes(code)) return true
    }
    if (typeof message === 'string' && unavailableMessages.some((words) => words.test(message))) {
      return true
    }
  }
  return false
}

/**
 * Whether a save ended without knowing if the database committed it: the connection was lost after
 * its COMMIT was sent. Our @payloadcms/drizzle patch marks that error `commitOutcome: 'unknown'`;
 * the MongoDB driver labels it `UnknownTransactionCommitResult` (after its own retry). Telling the
 * editor "nothing was changed" would then be a guess, and possibly false.
 */
export function isCommitOutcomeUnknown(error: unknown): boolean {
  for (const current of causeChain(error)) {
    const { commitOutcome, hasErrorLabel } = current as {
      commitOutcome?: unknown
      hasErrorLabel?: (label: string) => boolean
    }
    if (commitOutcome === 'unknown') return true
    if (hasErrorLabel?.call(current, 'UnknownTransactionCommitResult')) return true
  }
  return false
}

/**
 * Which 503 a failed request gets when the database is the reason, or undefined when it is not: a
 * save whose commit outcome is unknown must not hear "nothing was changed".
 */
export function databaseFaultReason(
  error: unknown,
): 'save-outcome-unknown' | 'database' | undefined {
  if (isCommitOutcomeUnknown(error)) return 'save-outcome-unknown'
  if (isDatabaseUnavailable(error)) return 'database'
  return undefined
}

export type FaultSlot = { fault?: unknown }

/** Runs the rest of a request with a slot where Payload's error hook leaves what went wrong. */
export const withFaultSlot = <T>(work: () => T): T => runWithContext('fault', {}, work)

/** The error Payload answered this request with, if it answered with one. */
export const recordedFault = (): unknown => contextValue('fault')?.fault

/**
 * Payload turns an error into its own 500 answer before Express sees it; this hook keeps the error
 * for the request, so the outage answer (outageGuard.ts) can tell a database timeout from a bug.
 */
export const recordDatabaseFault: AfterErrorHook = ({ error }) => {
  const slot = contextValue('fault')
  if (slot) slot.fault = error
}
