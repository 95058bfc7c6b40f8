import { isTombstone, type ChangeEvent, type ChangeKind } from './changeDecision'
import type { SyndicatedCollection } from './syndicatedCollections'
import { documentTypes } from './syndicatedCollections'
import { encodeChangesCursor } from './cursor'

/** A change as partners read it, in the changes feed and in webhook bodies alike. */
export type PublicEvent = {
  sequence: number
  cursor: string
  kind: ChangeKind
  tombstone: boolean
  withdrawn: boolean
  type: string
  collection: SyndicatedCollection
  id: string
  slug: string
  title: string | null
  version: number
  contentHashes: Record<string, string> | null
  occurredAt: string
  apiUrl: string | null
}

export function toPublicEvent(event: ChangeEvent, apiBase: string): PublicEvent {
  const tombstone = isTombstone(event.kind)
  return {
    sequence: event.sequence,
    cursor: encodeChangesCursor(event.sequence),
    kind: event.kind,
    tombstone,
    withdrawn: tombstone,
    type: documentTypes[event.documentCollection],
    collection: event.documentCollection,
    id: String(event.documentId),
    slug: event.slug,
    title: event.title ?? null,
    version: event.version,
    contentHashes: tombstone ? null : (event.contentHashes ?? null),
    occurredAt: new Date(event.occurredAt).toISOString(),
    apiUrl: tombstone
      ? null
      : `${apiBase}/${event.documentCollection}/${encodeURIComponent(event.slug)}`,
  }
}

export const webhookEventTypes: Record<ChangeKind, string> = {
  created: 'content.published',
  updated: 'content.updated',
  reviewed: 'content.reviewed',
  unpublished: 'content.unpublished',
  deleted: 'content.deleted',
}

/** The Standard Webhooks body: `type`, `timestamp`, `data`, plus what the partner should do. */
export function webhookBody(event: PublicEvent, now: Date) {
  return {
    type: webhookEventTypes[event.kind],
    timestamp: now.toISOString(),
    data: { ...event, action: event.withdrawn ? 'take-down' : 'refresh' },
  }
}
