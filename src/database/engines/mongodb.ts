import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { DatabaseAdapterObj } from 'payload'

import { withRequiredTransactions } from '../requireTransactions'

/** The MongoDB adapter (loaded only when DATABASE_URL names MongoDB). */
export function mongodbDatabase(url: string): DatabaseAdapterObj {
  // Transactions need a replica set; the adapter turns them off without one, and the start
  // stops there (requireTransactions.ts).
  return withRequiredTransactions(mongooseAdapter({ url }))
}
