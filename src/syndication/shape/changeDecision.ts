import type { SyndicatedCollection } from './syndicatedCollections'

/** What partners are told happened to a document. */
export const changeKinds = ['created', 'updated', 'reviewed', 'unpublished', 'deleted'] as const
export type ChangeKind = (typeof changeKinds)[number]

/** Unpublished and deleted events are tombstones: the partner must take the text down. */
export const isTombstone = (kind: ChangeKind) => kind === 'unpublished' || kind === 'deleted'

/**
 * One row of the change log (the `syndication-events` collection): what partners were told, in
 * order. The changes feed and webhooks present it with `toPublicEvent`.
 */
export type ChangeEvent = {
  id: string | number
  sequence: number
  kind: ChangeKind
  documentCollection: SyndicatedCollection
  documentId: string
  slug: string
  title?: string | null
  /** The title in each offered locale (events recorded before these were kept have `title` only). */
  titles?: Record<string, string> | null
  version: number
  contentHashes?: Record<string, string> | null
  lastReviewed?: string | null
  occurredAt: string
}

export type LastEvent = {
  kind: ChangeKind
  contentHashes: Record<string, string>
  version: number
  /** When a clinician last reviewed the text partners were told about. */
  lastReviewed?: string | null
}

/**
 * What partners may see now. A document no clinician has reviewed counts as not published: partners
 * receive reviewed content only, so its first review is its publish event.
 */
export type PublishedState =
  | { published: true; contentHashes: Record<string, string>; lastReviewed?: string | null }
  | { published: false }
  | { deleted: true }

export type Decision = { kind: ChangeKind; version: number } | null

const sameHashes = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

const sameTime = (a: string | null | undefined, b: string | null | undefined) =>
  (a ? new Date(a).getTime() : null) === (b ? new Date(b).getTime() : null)

/**
 * Compares what partners were last told with what is published now, and decides the event to
 * record, if any. Deciding from state rather than from the save that triggered it means a draft
 * saved on top of a published page, an autosave or a re-save of unchanged content tells partners
 * nothing, while every real publish, edit, re-review, withdrawal and deletion is told exactly once.
 * A re-review (same text, new review date) is an event of its own: partners show the review date.
 */
export function decideChange(last: LastEvent | null, now: PublishedState): Decision {
  const wasLive = last !== null && !isTombstone(last.kind)
  const version = last?.version ?? 0
  if ('deleted' in now) {
    return last && last.kind !== 'deleted' ? { kind: 'deleted', version } : null
  }
  if (!now.published) return wasLive ? { kind: 'unpublished', version } : null
  if (!wasLive) return { kind: 'created', version: version + 1 }
  if (!sameHashes(last.contentHashes, now.contentHashes)) {
    return { kind: 'updated', version: version + 1 }
  }
  return now.lastReviewed !== undefined && !sameTime(last.lastReviewed, now.lastReviewed)
    ? { kind: 'reviewed', version: version + 1 }
    : null
}
