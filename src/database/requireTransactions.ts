import type { DatabaseAdapterObj } from 'payload'

import { wrapAdapter } from './wrapAdapter'

/**
 * The review gate refuses some editors' writes after they are written, inside the write's
 * transaction, which the refusal rolls back: a save over a published page that changed the live
 * text (src/hooks/liveContentUnchanged.ts), a restore whose published row is put back
 * (src/hooks/editorRestoresAsDraft.ts). Payload's MongoDB adapter turns transactions off when
 * the server is not a replica set (it checks the connection's `replicaSet` option), and then a
 * refused write would stay written while the editor is told 403. So a database without
 * transactions is refused at start, with what to do instead.
 */
export function assertTransactions(db: { name: string; transactionOptions?: unknown }): void {
  if (db.transactionOptions !== false) return
  throw new Error(
    `The ${db.name} database has no transactions, and the review gate needs them to roll back a refused write. ` +
      'Run MongoDB as a replica set (one node is enough: start mongod with --replSet rs0, then run rs.initiate() once) ' +
      'and name it in DATABASE_URL, e.g. mongodb://host:27017/cms?replicaSet=rs0 (MongoDB Atlas always is one).',
  )
}

/** The adapter, refusing to finish connecting to a database without transactions. */
export function withRequiredTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }) => ({
    connect:
      (original) =>
      async (...args) => {
        const connected = await original(...args)
        assertTransactions(payload.db as { name: string; transactionOptions?: unknown })
        return connected
      },
  }))
}
