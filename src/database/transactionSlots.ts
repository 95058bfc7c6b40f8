import type { DatabaseAdapterObj } from 'payload'

import { wrapAdapter } from './wrapAdapter'

type TransactionID = string | number

/**
 * A burst of saves on PostgreSQL could take every pooled connection for transactions: each save
 * keeps its connection from begin to commit, and Payload reads some things outside the save's
 * transaction (signing the next request in, hooks without `req`). With the pool full of
 * transactions those reads wait for a connection that only a transaction can give back, every
 * save stalls, and they fail together when the pool's acquire timeout ends the wait (measured:
 * 50 publishes on 3 processes, half answered 503). So at most `slots` transactions are open per
 * process (the pool's size less a few connections kept for everything else); further saves wait
 * their turn here, in JavaScript. A wait longer than `maxWaitMs` goes ahead anyway rather than
 * wait for good (a transaction begun inside another one's turn must not wait on itself).
 */
export function withTransactionSlots(
  adapterObj: DatabaseAdapterObj,
  { slots, maxWaitMs }: { slots: number; maxWaitMs: number },
): DatabaseAdapterObj {
  let open = 0
  const waiting: (() => void)[] = []
  const held = new Set<TransactionID>()

  const take = () =>
    new Promise<void>((resolve) => {
      if (open < slots) {
        open++
        return resolve()
      }
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(go), 1)
        open++
        resolve()
      }, maxWaitMs)
      timer.unref()
      const go = () => {
        clearTimeout(timer)
        open++
        resolve()
      }
      waiting.push(go)
    })

  const giveBack = () => {
    open--
    waiting.shift()?.()
  }

  const settle =
    (settleOriginal: (...args: never[]) => unknown) =>
    async (incomingID: TransactionID | Promise<TransactionID>) => {
      const transactionID = await incomingID
      try {
        return await (settleOriginal as (id: TransactionID) => Promise<void>)(transactionID)
      } finally {
        if (held.delete(transactionID)) giveBack()
      }
    }

  return wrapAdapter(adapterObj, () => ({
    beginTransaction: (begin) => async (options?: unknown) => {
      await take()
      try {
        const transactionID = await (begin as (options?: unknown) => Promise<TransactionID | null>)(
          options,
        )
        if (transactionID === null || transactionID === undefined) giveBack()
        else held.add(transactionID)
        return transactionID
      } catch (error) {
        giveBack()
        throw error
      }
    },
    commitTransaction: settle,
    rollbackTransaction: settle,
  }))
}
