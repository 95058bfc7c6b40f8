import {
  createLocalReq,
  type Config,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type TaskConfig,
} from 'payload'

import { hasRole } from '../access/roles'
import { writeAudit } from '../audit/recordAudit'
import { WorkflowRefusal } from '../hooks/workflowErrors'
import { refusalFor } from './publishingRules'
import { latestVersionPin, pinBroken, type VersionPin } from './versionPin'

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  doc?: { relationTo: string; value: string }
  user?: { relationTo: string; value: string | number }
  reviewedVersion?: VersionPin
}

export const supersededMessage = 'superseded: content changed after review'

/** Whether the account that scheduled (or cancels) may do so: reviewers and admins only. */
async function mayScheduleAs(payload: Payload, user: ScheduleInput['user']): Promise<boolean> {
  if (!user) return true // the system (a script, a migration) schedules without an account
  const account = await payload.findByID({
    collection: user.relationTo as 'users',
    id: user.value,
    depth: 0,
    disableErrors: true,
    overrideAccess: true,
  })
  return hasRole(account as never, 'admin', 'reviewer')
}

/** The audit entry for a schedule; the queue call carries no request, so the account is looked up. */
async function auditSchedule(payload: Payload, input: ScheduleInput): Promise<void> {
  const user = input.user
    ? await payload.findByID({
        collection: input.user.relationTo as 'users',
        id: input.user.value,
        depth: 0,
        disableErrors: true,
        overrideAccess: true,
      })
    : null
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

/**
 * Every scheduled publish goes through `payload.jobs.queue` (the admin's server function queues
 * without access checks): refuse accounts that may not schedule, and pin the version the reviewer
 * is scheduling, so the job can tell whether the text changed afterwards.
 */
function guardQueue(payload: Payload): void {
  const queue = payload.jobs.queue.bind(payload.jobs)
  payload.jobs.queue = (async (args: Parameters<typeof queue>[0]) => {
    const task = (args as { task?: string }).task
    const input = (args as { input?: ScheduleInput }).input
    if (task !== 'schedulePublish' || !input || (!input.doc && !input.type)) return queue(args)
    if (!(await mayScheduleAs(payload, input.user))) {
      throw new WorkflowRefusal(refusalFor('schedule'))
    }
    let pinned = args
    if (input.type !== 'unpublish' && input.doc) {
      const pin = await latestVersionPin(payload, input.doc.relationTo, input.doc.value)
      if (pin) pinned = { ...args, input: { ...input, reviewedVersion: pin } } as never
    }
    const job = await queue(pinned)
    await auditSchedule(payload, input)
    return job
  }) as typeof payload.jobs.queue
}

/**
 * When a scheduled publish comes due, it publishes only the text that was reviewed: if the latest
 * draft differs from the pinned version, nothing is published and the job records why.
 */
function pinScheduledPublish(payload: Payload): void {
  const task = payload.config.jobs.tasks?.find(({ slug }) => slug === 'schedulePublish') as
    TaskConfig<never> | undefined
  if (!task || typeof task.handler !== 'function') return
  const publish = task.handler
  task.handler = (async (args: { input: ScheduleInput; req: PayloadRequest }) => {
    const { input, req } = args
    const pinned = input?.reviewedVersion
    if (input?.type !== 'unpublish' && input?.doc && pinned) {
      const latest = await latestVersionPin(payload, input.doc.relationTo, input.doc.value, req)
      if (pinBroken(pinned, latest)) {
        payload.logger.warn(
          { collection: input.doc.relationTo, id: input.doc.value, pinned, latest },
          `Scheduled publish ${supersededMessage}; nothing was published.`,
        )
        // A failed job stays in the jobs list with this message, where reviewers see it; a
        // completed one would be deleted.
        throw new Error(
          `Scheduled publish ${supersededMessage}. Nothing was published: a reviewer must review the latest draft and publish or schedule it again.`,
        )
      }
    }
    return (publish as (a: unknown) => unknown)(args)
  }) as never
}

/** Editors may not cancel a reviewer's schedule (the admin's server function deletes without access). */
function guardCancel(payload: Payload): void {
  const jobs = payload.collections['payload-jobs']?.config
  if (!jobs) return
  jobs.hooks.beforeOperation = [
    ...(jobs.hooks.beforeOperation ?? []),
    async ({ args, operation, req }) => {
      // Only people cancel schedules; the jobs runner cleans up finished jobs without an account.
      if (operation !== 'delete' || !req.user) return args
      const where = (args as { where?: object }).where ?? {
        id: { equals: (args as { id?: unknown }).id },
      }
      const { docs } = await payload.db.find({
        collection: 'payload-jobs',
        where: where as never,
        req,
      })
      const schedules = docs.filter(
        (job) => (job as { taskSlug?: string }).taskSlug === 'schedulePublish',
      )
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
    },
  ]
}

/**
 * Scheduled publishing under the publishing rules. Applied at start-up rather than through
 * `jobs.jobsCollectionOverrides`, whose hooks Payload warns will not run for its own job writes:
 * these guards are meant for the Local API calls the admin's schedule server function makes.
 */
export const reviewedSchedules =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      guardQueue(payload)
      pinScheduledPublish(payload)
      guardCancel(payload)
      await config.onInit?.(payload)
    },
  })
