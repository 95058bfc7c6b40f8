import { sql } from '@payloadcms/db-postgres/drizzle'
import type { DatabaseAdapterObj, PayloadRequest } from 'payload'

import { type MethodWrappers, wrapAdapter } from '../database/wrapAdapter'

type UpdateJobsArgs = {
  id?: unknown
  data?: { processing?: unknown }
  req?: Partial<PayloadRequest>
}
type Executor = { execute: (query: ReturnType<typeof sql>) => Promise<unknown> }
type Sessions = { sessions?: Record<string, { db?: Executor }> }

/** Payload's runner claims due jobs with `updateJobs({ data: { processing: true }, where })`. */
const isClaim = (args: UpdateJobsArgs) => args.data?.processing === true && args.id === undefined

/**
 * Each due job runs once, however many server processes poll the queue (PostgreSQL). Payload's
 * runner claims jobs by reading the due ones and then marking them `processing`, in two
 * statements: two processes polling at the same tick read the same jobs, mark them both, and both
 * run them (a partner would get the webhook twice, a schedule would publish twice). Here a claim
 * first takes a transaction-level advisory lock in the claim's own transaction (Payload opens one
 * for it), so the next process reads the queue only after the previous claim committed, and finds
 * those jobs taken. Claims are short (two statements, no other connection needed) and happen only
 * when a job is due (src/jobs/hasRunnableJobs.ts).
 */
export function withExclusiveJobClaims(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }): MethodWrappers => ({
    updateJobs: (original) =>
      (async (args: UpdateJobsArgs) => {
        const transactionID = isClaim(args) ? await args.req?.transactionID : undefined
        const db =
          transactionID === undefined || transactionID === null
            ? undefined
            : (payload.db as unknown as Sessions).sessions?.[String(transactionID)]?.db
        if (db) await db.execute(sql`select pg_advisory_xact_lock(hashtext('payload-jobs.claim'))`)
        return original(args as never)
      }) as never,
  }))
}
