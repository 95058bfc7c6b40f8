import { randomInt } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

export type TransactionID = string | number

/**
 * Events appended in a transaction that is still open, in the order they were appended; numbered
 * by the PostgreSQL adapter's wrapper as the transaction commits (changeLogNumbering.ts). Kept
 * apart from that wrapper so that this module loads no database package.
 */
export const numberAtCommit = new Map<TransactionID, (string | number)[]>()

/**
 * On PostgreSQL with a transaction, change-log events are written with a provisional, negative
 * sequence (no reader's cursor ever goes below 0) and numbered just before their transaction
 * commits (`withChangeLogNumbering`, changeLogNumbering.ts). Returns null where the number is
 * taken at once instead.
 */
export async function deferNumbering(
  payload: Payload,
  req: Partial<Pick<PayloadRequest, 'transactionID'>> | undefined,
): Promise<{ provisional: number; numberAtCommit: (eventId: string | number) => void } | null> {
  if (payload.db.name !== 'postgres' || !req?.transactionID) return null
  const transactionID = await req.transactionID
  if (transactionID === undefined || transactionID === null) return null
  return {
    provisional: -randomInt(1, 2 ** 47),
    numberAtCommit: (eventId) => {
      const events = numberAtCommit.get(transactionID) ?? []
      events.push(eventId)
      numberAtCommit.set(transactionID, events)
    },
  }
}
