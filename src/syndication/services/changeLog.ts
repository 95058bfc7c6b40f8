import type { Payload, PayloadRequest } from 'payload'

import {
  decideChange,
  type ChangeEvent,
  type LastEvent,
  type PublishedState,
} from '../shape/changeDecision'
import type { SyndicatedCollection } from '../shape/syndicatedCollections'
import { titleFields } from '../shape/syndicatedCollections'
import { contentHash } from '../shape/contentHash'
import { offeredLocales } from '../shape/locales'
import { deferNumbering } from './changeLogSequence'
import { findCurrent } from './readContent'
import { shapeContent } from '../shape/shape'
import { queueWebhooks } from './webhookQueue'

export async function lastEventFor(
  payload: Payload,
  collection: SyndicatedCollection,
  documentId: string,
  req?: PayloadRequest,
): Promise<ChangeEvent | null> {
  const { docs } = await payload.find({
    ...(req ? { req } : {}),
    collection: 'syndication-events',
    where: {
      and: [{ documentCollection: { equals: collection } }, { documentId: { equals: documentId } }],
    },
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return (docs[0] as unknown as ChangeEvent | undefined) ?? null
}

/**
 * The content hash of a published document in every offered locale, or not published. A document
 * no clinician has reviewed (no `lastReviewed`) is not published as far as partners are concerned.
 */
async function publishedState(
  payload: Payload,
  collection: SyndicatedCollection,
  id: string | number,
  req: PayloadRequest | undefined,
): Promise<{
  state: PublishedState
  slug?: string
  title?: string
  titles?: Record<string, string>
}> {
  const contentHashes: Record<string, string> = {}
  const titles: Record<string, string> = {}
  let slug: string | undefined
  let title: string | undefined
  let lastReviewed: string | null = null
  for (const locale of offeredLocales(payload.config)) {
    const doc = await findCurrent(payload, collection, id, locale, req)
    if (!doc) return { state: { deleted: true } }
    if (doc._status !== 'published' || !doc.lastReviewed) {
      return { state: { published: false }, slug: String(doc.slug) }
    }
    lastReviewed = String(doc.lastReviewed)
    const content = shapeContent(collection, doc, locale)
    contentHashes[locale] = contentHash(content)
    slug ??= content.slug
    titles[locale] = String(doc[titleFields[collection]] ?? content.slug)
    title ??= titles[locale]
  }
  return { state: { published: true, contentHashes, lastReviewed }, slug, title, titles }
}

const maxSequenceAttempts = 8

/**
 * Appends an event, in the same transaction as the save that caused it: the event exists exactly
 * when the change does. On PostgreSQL it is numbered as that transaction commits, in commit order
 * (changeLogSequence.ts), so saves on any number of processes all succeed and no reader sees
 * sequence n+1 before n. Elsewhere it takes the next number now: SQLite writes one at a time, and
 * without a transaction (MongoDB without a replica set) a clash on the unique index is retried.
 */
async function appendEvent(
  payload: Payload,
  data: Omit<ChangeEvent, 'id' | 'sequence'>,
  req: PayloadRequest | undefined,
): Promise<ChangeEvent> {
  const deferred = await deferNumbering(payload, req)
  if (deferred) {
    const created = await payload.create({
      collection: 'syndication-events',
      data: { ...data, sequence: deferred.provisional } as never,
      overrideAccess: true,
      req,
    })
    deferred.numberAtCommit(created.id)
    return created as unknown as ChangeEvent
  }
  let lastError: unknown
  const attempts = req?.transactionID ? 1 : maxSequenceAttempts
  for (let attempt = 0; attempt < attempts; attempt++) {
    const sequence = (await lastSequence(payload, req)) + 1
    try {
      const created = await payload.create({
        collection: 'syndication-events',
        data: { ...data, sequence } as never,
        overrideAccess: true,
        ...(req ? { req } : {}),
      })
      return created as unknown as ChangeEvent
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

/**
 * Records what partners must be told after a document was saved or deleted, and queues their
 * webhooks. Called from the content collections' afterChange and afterDelete hooks.
 */
export async function recordChange(
  payload: Payload,
  collection: SyndicatedCollection,
  id: string | number,
  options: { deleted?: { slug: string; title?: string }; req?: PayloadRequest } = {},
): Promise<ChangeEvent | null> {
  const documentId = String(id)
  const last = await lastEventFor(payload, collection, documentId, options.req)
  const current = options.deleted
    ? { state: { deleted: true } as PublishedState, ...options.deleted }
    : await publishedState(payload, collection, id, options.req)
  const lastEvent: LastEvent | null = last
    ? {
        kind: last.kind,
        version: last.version,
        contentHashes: last.contentHashes ?? {},
        lastReviewed: last.lastReviewed ?? null,
      }
    : null
  const decision = decideChange(lastEvent, current.state)
  if (!decision) return null

  const event = await appendEvent(
    payload,
    {
      kind: decision.kind,
      documentCollection: collection,
      documentId,
      slug: current.slug ?? last?.slug ?? documentId,
      title: current.title ?? last?.title ?? null,
      titles: ('titles' in current ? current.titles : undefined) ?? last?.titles ?? null,
      version: decision.version,
      contentHashes: 'contentHashes' in current.state ? current.state.contentHashes : null,
      lastReviewed: 'lastReviewed' in current.state ? (current.state.lastReviewed ?? null) : null,
      occurredAt: new Date().toISOString(),
    },
    options.req,
  )
  // The event is recorded; a failure to queue its webhooks must not undo the editor's publish.
  await queueWebhooks(payload, event, options.req).catch((error) =>
    payload.logger.error({ err: error, event: event.sequence }, 'could not queue partner webhooks'),
  )
  return event
}

/** Events after a sequence number, for partners scoped to the given collections, in order. */
export async function eventsSince(
  payload: Payload,
  options: { after: number; collections: readonly string[]; limit: number },
): Promise<{ events: ChangeEvent[]; hasMore: boolean }> {
  const { docs } = await payload.find({
    collection: 'syndication-events',
    where: {
      and: [
        { sequence: { greater_than: options.after } },
        { documentCollection: { in: options.collections } },
      ],
    },
    sort: 'sequence',
    limit: options.limit + 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return {
    events: docs.slice(0, options.limit) as unknown as ChangeEvent[],
    hasMore: docs.length > options.limit,
  }
}

/**
 * The sequence number of the last event in the log (0 when it is empty), as `req`'s transaction
 * sees it when given.
 */
export async function lastSequence(payload: Payload, req?: PayloadRequest): Promise<number> {
  const { docs } = await payload.find({
    collection: 'syndication-events',
    sort: '-sequence',
    limit: 1,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return (docs[0]?.sequence as number | undefined) ?? 0
}

/** The published version number of each document: the version of its latest event. */
export async function versionsOf(
  payload: Payload,
  collection: SyndicatedCollection,
  documentIds: string[],
): Promise<Map<string, number>> {
  const versions = new Map<string, number>()
  if (documentIds.length === 0) return versions
  const { docs } = await payload.find({
    collection: 'syndication-events',
    where: {
      and: [{ documentCollection: { equals: collection } }, { documentId: { in: documentIds } }],
    },
    sort: '-sequence',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { documentId: true, version: true },
  })
  for (const event of docs as unknown as ChangeEvent[]) {
    if (!versions.has(event.documentId)) versions.set(event.documentId, event.version)
  }
  return versions
}

/** The latest events for partners scoped to the given collections, newest first (feed readers). */
export async function latestEvents(
  payload: Payload,
  options: { collections: readonly string[]; limit: number },
): Promise<ChangeEvent[]> {
  const { docs } = await payload.find({
    collection: 'syndication-events',
    where: { documentCollection: { in: options.collections } },
    sort: '-sequence',
    limit: options.limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs as unknown as ChangeEvent[]
}
