/**
 * What a save's 503 may claim. A COMMIT the database refused was rolled back: "nothing was saved".
 * A connection lost before the database's answer arrived leaves it unknown (the database may have
 * committed), and so does a 503 sent while the save still runs. The errors below are the drivers'
 * own classes, wrapped as drizzle wraps them.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { LibsqlError } from '@libsql/client'
import { DrizzleQueryError } from 'drizzle-orm'
import type { Request } from 'express'
import { MongoNetworkError, MongoServerError } from 'mongodb'
import pg from 'pg'
import { describe, expect, test } from 'vitest'

import { databaseFaultReason, isCommitOutcomeUnknown } from './databaseFault'
import { mayBeSaving } from './mayBeSaving'

// Our @payloadcms/drizzle patch; not among the package's exports, so loaded by its file.
const modulePath = path.resolve(
  'node_modules/@payloadcms/drizzle/dist/transactions/commitTransaction.js',
)
const { answeredByDatabase } = (await import(pathToFileURL(modulePath).href)) as {
  answeredByDatabase: (error: unknown) => boolean
}

const wrapped = (cause: unknown) => new DrizzleQueryError('commit', [], cause as Error)

function postgresError(code: string, severity: string) {
  const error = new pg.DatabaseError('refused', 0, 'error')
  error.code = code
  error.severity = severity
  return error
}

const systemError = (code: string) => Object.assign(new Error(`socket ${code}`), { code })

describe('answeredByDatabase (the commit patch)', () => {
  test('should count a PostgreSQL error answered to the COMMIT as a refusal, however wrapped', () => {
    expect(answeredByDatabase(wrapped(postgresError('23503', 'ERROR')))).toBe(true)
    expect(answeredByDatabase(postgresError('40001', 'ERROR'))).toBe(true)
    // The server's FATAL in reply to the COMMIT also means it did not commit.
    expect(answeredByDatabase(wrapped(postgresError('57P01', 'FATAL')))).toBe(true)
  })

  test('should count an SQLite error as a refusal', () => {
    const error = new LibsqlError('FOREIGN KEY constraint failed', 'SQLITE_CONSTRAINT_FOREIGNKEY')
    expect(answeredByDatabase(wrapped(error))).toBe(true)
  })

  test('should not count a lost connection as an answer', () => {
    expect(answeredByDatabase(wrapped(new Error('Connection terminated unexpectedly')))).toBe(false)
    expect(answeredByDatabase(wrapped(systemError('ECONNRESET')))).toBe(false)
    // Five capital letters like an SQLSTATE, but Node's, not the database's.
    expect(answeredByDatabase(systemError('EPIPE'))).toBe(false)
    expect(answeredByDatabase(undefined)).toBe(false)
  })
})

describe('isCommitOutcomeUnknown', () => {
  test('should find the patch’s mark anywhere in the cause chain', () => {
    const unknown = Object.assign(new Error('lost'), { commitOutcome: 'unknown' })
    expect(isCommitOutcomeUnknown(unknown)).toBe(true)
    expect(isCommitOutcomeUnknown(new Error('Payload', { cause: unknown }))).toBe(true)
  })

  test('should read the MongoDB driver’s label for a commit it could not confirm', () => {
    const unconfirmed = new MongoNetworkError('connection reset during commitTransaction')
    unconfirmed.addErrorLabel('UnknownTransactionCommitResult')
    expect(isCommitOutcomeUnknown(new Error('Payload', { cause: unconfirmed }))).toBe(true)
    // A commit the server refused (a write conflict) carries no such label: it did not commit.
    const refused = new MongoServerError({ message: 'WriteConflict', code: 112 })
    expect(isCommitOutcomeUnknown(refused)).toBe(false)
  })

  test('should not find it on a refused commit or a plain outage', () => {
    expect(isCommitOutcomeUnknown(wrapped(postgresError('23503', 'ERROR')))).toBe(false)
    expect(isCommitOutcomeUnknown(systemError('ECONNREFUSED'))).toBe(false)
  })
})

describe('databaseFaultReason', () => {
  test('should pick the unknown outcome over the outage its lost connection also looks like', () => {
    const lost = wrapped(
      new Error('Client has encountered a connection error and is not queryable'),
    )
    const unknown = Object.assign(new Error('lost', { cause: lost }), { commitOutcome: 'unknown' })
    expect(databaseFaultReason(lost)).toBe('database')
    expect(databaseFaultReason(unknown)).toBe('save-outcome-unknown')
    expect(databaseFaultReason(wrapped(postgresError('23503', 'ERROR')))).toBeUndefined()
  })
})

describe('mayBeSaving', () => {
  const request = (method: string, body?: unknown) => ({ method, body }) as Request

  test('should not treat reads, preflights or GraphQL queries as saves', () => {
    expect(mayBeSaving(request('GET'))).toBe(false)
    expect(mayBeSaving(request('HEAD'))).toBe(false)
    expect(mayBeSaving(request('OPTIONS'))).toBe(false)
    expect(mayBeSaving(request('POST', { query: '{ Conditions { docs { name } } }' }))).toBe(false)
    expect(
      mayBeSaving(request('POST', Buffer.from('{"query":"query Q { Faqs { totalDocs } }"}'))),
    ).toBe(false)
  })

  test('should treat writes and GraphQL mutations as saves that may yet commit', () => {
    expect(mayBeSaving(request('PATCH', { question: 'Changed?' }))).toBe(true)
    expect(mayBeSaving(request('DELETE'))).toBe(true)
    expect(
      mayBeSaving(request('POST', { query: 'mutation { updateFaq(id: "1", data: {}) { id } }' })),
    ).toBe(true)
  })
})
