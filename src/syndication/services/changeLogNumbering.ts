import { sql } from '@payloadcms/db-postgres/drizzle'
import type { DatabaseAdapterObj } from 'payload'

import { wrapAdapter } from '../../database/wrapAdapter'
import { numberAtCommit, type TransactionID } from './changeLogSequence'

type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
type Sessions = { sessions?: Record<string, { db?: Executor }> }

/**
 * Numbers a transaction's change-log events as it commits, on PostgreSQL. A transaction-level
 * advisory lock makes the numbering and the commit of one transaction happen before the next
 * transaction (on any server process) reads the last number: numbers are handed out in commit
 * order, so no reader ever sees sequence n+1 committed while n is still in flight (its cursor
 * would step over n for good), and two saves never take the same number (the second would fail
 * on the unique index and the editor's publish with it). The lock is held for three statements,
 * not for the whole save: saves on all processes run side by side until their last moment.
 * PostgreSQL gives the lock back at commit or rollback, also when a process dies.
 */
export function withChangeLogNumbering(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }) => ({
    commitTransaction: (commit) => async (incomingID: TransactionID | Promise<TransactionID>) => {
      const transactionID = await incomingID
      const events = numberAtCommit.get(transactionID)
      numberAtCommit.delete(transactionID)
      const db = (payload.db as unknown as Sessions).sessions?.[String(transactionID)]?.db
      if (events?.length && db) {
        await db.execute(sql`select pg_advisory_xact_lock(hashtext('syndication-events.sequence'))`)
        for (const eventId of events) {
          await db.execute(sql`
            update syndication_events
               set sequence = (select coalesce(max(sequence), 0) + 1
                                 from syndication_events where sequence > 0)
             where id = ${eventId}`)
        }
      }
      return (commit as (id: TransactionID) => Promise<void>)(transactionID)
    },
    rollbackTransaction:
      (rollback) => async (incomingID: TransactionID | Promise<TransactionID>) => {
        numberAtCommit.delete(await incomingID)
        return (rollback as (id: TransactionID) => Promise<void>)(incomingID as TransactionID)
      },
  }))
}
