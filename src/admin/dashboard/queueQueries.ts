import type { Payload, TypedUser, Where } from 'payload'

import { addDays, dueWindowDays } from '../../workflow/reviewDates'
import { supersededMessage } from '../../workflow/reviewedSchedules'

/** The treatment-content collections the work queue looks through. */
export const queueCollections = ['conditions', 'procedures', 'aftercare-steps', 'faqs'] as const
type QueueCollection = (typeof queueCollections)[number]

export type QueueRow = {
  collection: string
  collectionLabel: string
  id: string | number
  title: string
  /** The date the row is about: sent for review, review due, scheduled for, published. */
  at: string | null
  href: string
  /** Why a scheduled publish did not run. */
  reason?: string
}

type Doc = Record<string, unknown> & { id: string | number }
type Ask = { payload: Payload; user: TypedUser; adminRoute: string }

const limitPerList = 10

function toRow(ask: Ask, collection: string, doc: Doc, at: unknown): QueueRow {
  const config = ask.payload.collections[collection as QueueCollection].config
  const titleField = config.admin.useAsTitle ?? 'id'
  const label = config.labels.singular
  return {
    collection,
    collectionLabel: typeof label === 'string' ? label : collection,
    id: doc.id,
    title: String(doc[titleField] || `${collection} ${doc.id}`),
    at: typeof at === 'string' ? at : null,
    href: `${ask.adminRoute}/collections/${collection}/${doc.id}`,
  }
}

/**
 * One query per collection, with the signed-in person's own access (overrideAccess: false), so
 * the dashboard never lists what that person could not open.
 */
async function findEach(
  ask: Ask,
  {
    where,
    sort,
    draft,
    dateField,
  }: { where: Where; sort: string; draft: boolean; dateField: string },
): Promise<QueueRow[]> {
  const found = await Promise.all(
    queueCollections.map(async (collection) => {
      const { docs } = await ask.payload.find({
        collection,
        where,
        sort,
        draft,
        depth: 0,
        limit: limitPerList,
        overrideAccess: false,
        user: ask.user,
      })
      return (docs as unknown as Doc[]).map((doc) => ({
        doc,
        row: toRow(ask, collection, doc, doc[dateField]),
      }))
    }),
  )
  const descending = sort.startsWith('-')
  return found
    .flat()
    .sort((a, b) => {
      const order = String(a.row.at ?? '').localeCompare(String(b.row.at ?? ''))
      return descending ? -order : order
    })
    .slice(0, limitPerList)
    .map(({ row }) => row)
}

/** Sent for review and not yet published, the longest-waiting first. */
export const waitingForReview = (ask: Ask) =>
  findEach(ask, {
    where: { workflowStatus: { equals: 'in-review' } },
    sort: 'updatedAt',
    draft: true,
    dateField: 'updatedAt',
  })

/** Published documents whose next clinical review has passed or falls within 30 days. */
export const dueForReview = (ask: Ask, at: Date) =>
  findEach(ask, {
    where: { nextReviewDue: { less_than_equal: addDays(at, dueWindowDays).toISOString() } },
    sort: 'nextReviewDue',
    draft: false,
    dateField: 'nextReviewDue',
  })

/** Published documents, the most recently changed first. */
export const recentlyPublished = (ask: Ask) =>
  findEach(ask, {
    where: { _status: { equals: 'published' } },
    sort: '-updatedAt',
    draft: false,
    dateField: 'updatedAt',
  })

/**
 * Drafts not yet sent for review, split in two: those a reviewer sent back (their latest
 * review-relevant version is "In review", not "Published": someone moved them back to draft
 * instead of publishing) and the rest. Payload keeps no author per version, so these are everyone's
 * drafts, not only the signed-in editor's.
 */
export async function draftsAndSentBack(ask: Ask) {
  const drafts: QueueRow[] = []
  const sentBack: QueueRow[] = []
  for (const collection of queueCollections) {
    const { docs } = await ask.payload.find({
      collection,
      where: { workflowStatus: { equals: 'draft' } },
      sort: '-updatedAt',
      draft: true,
      depth: 0,
      limit: limitPerList,
      overrideAccess: false,
      user: ask.user,
    })
    if (docs.length === 0) continue
    const ids = docs.map((doc) => doc.id)
    const { docs: versions } = await ask.payload.findVersions({
      collection,
      where: {
        and: [
          { parent: { in: ids } },
          { 'version.workflowStatus': { in: ['in-review', 'published'] } },
        ],
      },
      sort: '-updatedAt',
      depth: 0,
      limit: 500,
      overrideAccess: false,
      user: ask.user,
    })
    const lastStep = new Map<string, unknown>()
    for (const version of versions as unknown as { parent: unknown; version: Doc }[]) {
      const parent = String(version.parent)
      if (!lastStep.has(parent)) lastStep.set(parent, version.version.workflowStatus)
    }
    for (const doc of docs as unknown as Doc[]) {
      const row = toRow(ask, collection, doc, doc.updatedAt)
      ;(lastStep.get(String(doc.id)) === 'in-review' ? sentBack : drafts).push(row)
    }
  }
  return { drafts, sentBack }
}

type ScheduleJob = {
  id: string | number
  waitUntil?: string | null
  updatedAt?: string | null
  hasError?: boolean | null
  error?: { message?: unknown } | null
  input?: { type?: string; doc?: { relationTo?: string; value?: string | number } }
}

const didNotRunWindowDays = 30

/** The scheduled jobs for treatment documents, with each document read with the person's access. */
async function scheduleRows(
  ask: Ask,
  where: Where,
  sort: string,
): Promise<{ job: ScheduleJob; doc: Doc; row: QueueRow }[]> {
  const { docs } = await ask.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, where] },
    sort,
    limit: limitPerList,
    depth: 0,
    overrideAccess: true,
  })
  const rows = []
  for (const job of docs as unknown as ScheduleJob[]) {
    const target = job.input?.doc
    if (!target?.relationTo || target.value === undefined) continue
    if (!(queueCollections as readonly string[]).includes(target.relationTo)) continue
    const doc = (await ask.payload
      .findByID({
        collection: target.relationTo as QueueCollection,
        id: target.value,
        draft: true,
        depth: 0,
        overrideAccess: false,
        user: ask.user,
        disableErrors: true,
      })
      .catch(() => null)) as unknown as Doc | null
    if (!doc) continue
    const row = toRow(ask, target.relationTo, doc, job.waitUntil)
    const action = job.input?.type === 'unpublish' ? 'Unpublish' : 'Publish'
    rows.push({ job, doc, row: { ...row, title: `${action}: ${row.title}` } })
  }
  return rows
}

/**
 * Publishes and unpublishes scheduled in the admin that are still to run, soonest first. They live
 * in Payload's jobs queue, which only admins may read, so the jobs are read with overrideAccess and
 * each document is then read with the person's own access.
 */
export async function scheduled(ask: Ask): Promise<QueueRow[]> {
  const rows = await scheduleRows(
    ask,
    { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    'waitUntil',
  )
  return rows.map(({ row }) => row)
}

/**
 * Scheduled publishes that failed in the last 30 days and whose document was not published since,
 * most recent first, with the reason: above all "superseded: content changed after review", when an
 * editor changed the text after the reviewer scheduled it (src/workflow/reviewedSchedules.ts).
 */
export async function schedulesThatDidNotRun(ask: Ask, at: Date): Promise<QueueRow[]> {
  const since = addDays(at, -didNotRunWindowDays).toISOString()
  const rows = await scheduleRows(
    ask,
    { and: [{ hasError: { equals: true } }, { updatedAt: { greater_than: since } }] },
    '-updatedAt',
  )
  return rows
    .filter(({ job, doc }) => {
      const publishedSince =
        doc._status === 'published' && String(doc.updatedAt ?? '') > String(job.updatedAt ?? '')
      return !publishedSince
    })
    .map(({ job, row }) => ({
      ...row,
      at: job.updatedAt ?? null,
      reason: reasonOf(job),
    }))
}

function reasonOf(job: ScheduleJob): string {
  const message = String(job.error?.message ?? '')
  if (message.includes(supersededMessage)) return supersededMessage
  return message.split('\n')[0] || 'failed'
}
