import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

import { contextValue, runWithContext } from '../lib/asyncContext'
import { type MethodWrappers, wrapAdapter } from './wrapAdapter'

/**
 * SQLite has one writer at a time, and libsql runs each statement synchronously on the JavaScript
 * thread: a second connection that finds the file locked cannot wait for the first (the thread it
 * would wait for is its own), so it fails at once with SQLITE_BUSY / "database is locked". libsql
 * also opens a fresh connection after every transaction (our patch gives it the busy timeout, which
 * only helps against another process: here the lock holder would be the waiting thread itself).
 * Measured in issue 9: 8 concurrent uploads and saves gave 15 × 500.
 *
 * So writes take turns here, in JavaScript, where waiting costs nothing: a transaction holds the
 * write turn from begin to commit or rollback, and a write outside any transaction takes the turn
 * for its one call.
 *
 * One request may write outside its own open transaction: Payload's forgot-password reserves the
 * reset that way (issue 9: 500, "database is locked"). Waiting for the turn would wait for itself,
 * so each HTTP request runs as a write owner (runAsWriteOwner, from src/server/writeOwner.ts) and such a write is
 * made inside the transaction that request already holds.
 */

type TransactionID = number | string
export type WriteOwner = { open: TransactionID[]; ended: boolean }

/**
 * Runs one request (or job) as one write owner; see the comment at the top. `whenDone` is given
 * the function that ends the ownership (the request's answer has gone). Without it, work that
 * outlives the request in its async context keeps seeing the owner: a cron started while a request
 * ran (Payload starts its jobs crons inside the first request when the server did not start them)
 * shared that owner with every job it ran, and a job went ahead of the write turn into another
 * job's lock: SQLITE_BUSY after the busy timeout, the whole process waiting.
 */
export function runAsWriteOwner<T>(work: () => T, whenDone?: (end: () => void) => void): T {
  const owner: WriteOwner = { open: [], ended: false }
  whenDone?.(() => {
    owner.ended = true
  })
  return runWithContext('writeOwner', owner, work)
}

/**
 * The write owner of the work running here. An answered request stays the owner while a
 * transaction it began is still open (a client that gave up does not stop the work it started,
 * and that work's writes must still join its transaction rather than wait for the turn it holds);
 * after that, work left in its context writes as no one's.
 */
function currentOwner(): WriteOwner | undefined {
  const owner = contextValue('writeOwner')
  return owner && (!owner.ended || owner.open.length > 0) ? owner : undefined
}

/**
 * A turn held longer than this was never given back (a leaked transaction): the next write goes
 * ahead, as it would without this file, rather than every write waiting forever.
 */
const maxHoldMs = 30_000

class WriteTurn {
  private tail: Promise<void> = Promise.resolve()

  /** Resolves when it is the caller's turn, with the function that ends it. */
  take(onStuck: () => void): Promise<() => void> {
    let end!: () => void
    const ended = new Promise<void>((resolve) => (end = resolve))
    const previous = this.tail
    this.tail = previous.then(() => ended)
    return previous.then(() => {
      const timer = setTimeout(() => {
        onStuck()
        end()
      }, maxHoldMs)
      timer.unref()
      return () => {
        clearTimeout(timer)
        end()
      }
    })
  }
}

/** The adapter methods that write outside a transaction when `req` has none. */
const writeMethods = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const

type AnyMethod = (...args: never[]) => unknown
type WriteArgs = { req?: Partial<PayloadRequest> }

export function withSerialisedWrites(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }) => {
    const turn = new WriteTurn()
    const endings = new Map<TransactionID, () => void>()
    const warn = (what: string) => () =>
      payload.logger.warn(
        `A database write (${what}) held the write turn for ${maxHoldMs / 1000} s; letting the next one go ahead.`,
      )

    const beginTransaction = (begin: AnyMethod) => async (options: unknown) => {
      const owner = currentOwner()
      // A request that already holds the turn and begins another transaction (a hook writing
      // without passing `req`) would wait for itself: it goes ahead, as it did before.
      const end = owner?.open.length ? () => undefined : await turn.take(warn('transaction'))
      try {
        const id = (await (begin as (o: unknown) => Promise<TransactionID | null>)(options)) ?? null
        if (id === null) end()
        else {
          endings.set(id, end)
          owner?.open.push(id)
        }
        return id
      } catch (error) {
        end()
        throw error
      }
    }

    const endTransaction =
      (finish: AnyMethod) => async (incoming: TransactionID | Promise<TransactionID>) => {
        const id = await incoming
        try {
          return await (finish as (id: TransactionID) => Promise<unknown>)(id)
        } finally {
          endings.get(id)?.()
          endings.delete(id)
          const owner = contextValue('writeOwner')
          if (owner) owner.open = owner.open.filter((open) => open !== id)
        }
      }

    const write =
      (original: AnyMethod) =>
      async (methodArgs: WriteArgs = {}) => {
        const call = original as (args: WriteArgs) => Promise<unknown>
        // `holdingWriteTurn` is set while a write outside a transaction holds the turn: adapter
        // methods call each other.
        if (methodArgs.req?.transactionID || contextValue('holdingWriteTurn'))
          return call(methodArgs)
        const held = currentOwner()?.open.at(-1)
        if (held !== undefined) {
          // This request's own transaction holds the turn: write inside it (see the top).
          const req = Object.create(methodArgs.req ?? null) as Partial<PayloadRequest>
          req.transactionID = held
          return call({ ...methodArgs, req })
        }
        const end = await turn.take(warn('write'))
        try {
          // upsert is updateOne inside: the inner call must not wait for the outer one.
          return await runWithContext('holdingWriteTurn', true, () => call(methodArgs))
        } finally {
          end()
        }
      }

    return {
      beginTransaction,
      commitTransaction: endTransaction,
      rollbackTransaction: endTransaction,
      ...Object.fromEntries(writeMethods.map((name) => [name, write])),
    } as MethodWrappers
  })
}
