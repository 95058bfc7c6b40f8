import {
  createLocalReq,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Config,
  type DatabaseAdapterObj,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type SanitizedConfig,
  type TaskConfig,
  type Where,
} from 'payload'

import { hasRole } from '../access/roles'
import { writeAudit } from '../audit/recordAudit'
import { wrapAdapter } from '../database/wrapAdapter'
import { WorkflowRefusal } from '../hooks/workflowErrors'
import { refusalFor } from './publishingRules'
import { latestVersionPin, pinBroken, type VersionPin } from './versionPin'

/**
 * Scheduled publishing under the publishing rules (src/workflow/publishingRules.ts), in three
 * parts, each installed at configuration time in payload.config.ts:
 * - withScheduleGuards (database adapter): every schedule is written through `payload.jobs.queue`,
 *   which the admin's schedule server function calls without access checks and which writes the
 *   job straight to the database; so the write itself refuses accounts that may not schedule, pins
 *   the version the reviewer scheduled and records the audit entry.
 * - reviewedSchedules (plugin): editors may not cancel a reviewer's schedule.
 * - withPinnedScheduledPublish (the built config): the job publishes only the pinned text.
 */

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: CollectionSlug; value: string }
  user?: { relationTo: string; value: string | number }
  reviewedVersion?: VersionPin
}

const jobsSlug = 'payload-jobs'
const scheduleTask = 'schedulePublish'

export const supersededMessage = 'superseded: content changed after review'

async function accountOf(payload: Payload, user: ScheduleInput['user']) {
  if (!user) return null
  return payload.findByID({
    collection: user.relationTo as 'users',
    id: user.value,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
}

/** The audit entry for a schedule; the queue call carries no request, so the account is looked up. */
async function auditSchedule(payload: Payload, input: ScheduleInput): Promise<void> {
  const user = await accountOf(payload, input.user)
  const req = await createLocalReq(
    { user: user ? ({ ...user, collection: 'users' } as never) : undefined },
    payload,
  )
  await writeAudit(req, {
    operation: 'schedule',
    documentCollection: input.doc?.relationTo ?? 'globals',
    documentId: input.doc?.value ?? null,
    summary: `${input.type ?? 'publish'} scheduled`,
  })
}

type CreateArgs = { collection: string; data: Record<string, unknown>; req?: PayloadRequest }

/** See the top: the guard on writing a schedule, as a database adapter wrapper. */
export function withScheduleGuards(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }) => ({
    create: (create) => async (args: CreateArgs) => {
      const write = create as (args: CreateArgs) => Promise<unknown>
      const input = args.data.input as ScheduleInput | undefined
      const isSchedule = args.collection === jobsSlug && args.data.taskSlug === scheduleTask
      if (!isSchedule || !input || (!input.doc && !input.type)) return write(args)
      // The system (a script, a migration) schedules without an account.
      if (input.user && !hasRole(await accountOf(payload, input.user), 'admin', 'reviewer')) {
        throw new WorkflowRefusal(refusalFor('schedule'))
      }
      let data = args.data
      if (input.type !== 'unpublish' && input.doc) {
        const pin = await latestVersionPin(payload, input.doc.relationTo, input.doc.value, args.req)
        if (pin) data = { ...data, input: { ...input, reviewedVersion: pin } }
      }
      const job = await write({ ...args, data })
      await auditSchedule(payload, input)
      return job
    },
  }))
}

/** Editors may not cancel a reviewer's schedule (the admin's server function deletes without access). */
const guardCancel: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // Only people cancel schedules; the jobs runner cleans up finished jobs without an account.
  if (operation !== 'delete' || !req.user) return args
  const where = (args as { where?: object }).where ?? {
    id: { equals: (args as { id?: unknown }).id },
  }
  const { docs } = await req.payload.db.find({ collection: jobsSlug, where: where as Where, req })
  const schedules = docs.filter((job) => (job as { taskSlug?: string }).taskSlug === scheduleTask)
  if (schedules.length === 0) return args
  if (!hasRole(req.user, 'admin', 'reviewer')) {
    throw new WorkflowRefusal(refusalFor('cancel-schedule'))
  }
  for (const job of schedules) {
    const doc = (job as { input?: ScheduleInput }).input?.doc
    await writeAudit(req, {
      operation: 'cancel-schedule',
      documentCollection: doc?.relationTo ?? 'globals',
      documentId: doc?.value ?? null,
      summary: `schedule ${String(job.id)} cancelled`,
    })
  }
  return args
}

/**
 * See the top: the cancel guard, on Payload's jobs collection. Payload warns at start that hooks
 * added here "will not run unless jobs.runHooks is set": true of its own job writes (queueing,
 * running), which this guard does not need; the admin's cancel is a `payload.delete`, whose hooks
 * always run (test/reviewGate/rulesTable.int.test.ts proves the refusal). A guard in the database
 * adapter instead would come too late: a bulk delete reports each document's refusal as success.
 */
export const reviewedSchedules =
  (): Plugin =>
  (config: Config): Config => {
    const jobs = config.jobs ?? {}
    return {
      ...config,
      jobs: {
        ...jobs,
        jobsCollectionOverrides: (args) => {
          const collection = jobs.jobsCollectionOverrides?.(args) ?? args.defaultJobsCollection
          return {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), guardCancel],
            },
          }
        },
      },
    }
  }

type ScheduleHandlerArgs = { input: ScheduleInput; req: PayloadRequest }

/**
 * When a scheduled publish comes due, it publishes only the text that was reviewed: if the latest
 * draft differs from the pinned version, nothing is published and the job fails saying why.
 */
function publishingOnlyThePinnedText(task: TaskConfig<never>): TaskConfig<never> {
  const publish = task.handler as (args: ScheduleHandlerArgs) => unknown
  const handler = async (args: ScheduleHandlerArgs) => {
    const { input, req } = args
    const pinned = input?.reviewedVersion
    if (input?.type !== 'unpublish' && input?.doc && pinned) {
      const { relationTo, value } = input.doc
      const latest = await latestVersionPin(req.payload, relationTo, value, req)
      if (pinBroken(pinned, latest)) {
        req.payload.logger.warn(
          { collection: relationTo, id: value, pinned, latest },
          `Scheduled publish ${supersededMessage}; nothing was published.`,
        )
        // A failed job stays in the jobs list with this message, and on the reviewers' dashboard
        // (src/admin/dashboard); a completed one would be deleted.
        throw new Error(
          `Scheduled publish ${supersededMessage}. Nothing was published: a reviewer must review the latest draft and publish or schedule it again.`,
        )
      }
    }
    return publish(args)
  }
  return { ...task, handler: handler as never }
}

/**
 * See the top. Payload adds its schedulePublish task while it builds the config, after plugins
 * run, so the built config is transformed instead: a new config whose task publishes only the
 * pinned text. Nothing is changed in place.
 */
export async function withPinnedScheduledPublish(
  built: Promise<SanitizedConfig>,
): Promise<SanitizedConfig> {
  const config = await built
  const tasks = config.jobs.tasks ?? []
  if (!tasks.some(({ slug }) => slug === scheduleTask)) {
    throw new Error(
      'Payload no longer adds the schedulePublish task: scheduled publishing is unguarded.',
    )
  }
  return {
    ...config,
    jobs: {
      ...config.jobs,
      tasks: tasks.map((task) =>
        task.slug === scheduleTask ? publishingOnlyThePinnedText(task as TaskConfig<never>) : task,
      ),
    },
  }
}
