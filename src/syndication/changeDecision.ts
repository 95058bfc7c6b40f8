/** What partners are told happened to a document. */
export const changeKinds = ['created', 'updated', 'unpublished', 'deleted'] as const
export type ChangeKind = (typeof changeKinds)[number]

/** Unpublished and deleted events are tombstones: the partner must take the text down. */
export const isTombstone = (kind: ChangeKind) => kind === 'unpublished' || kind === 'deleted'

export type LastEvent = { kind: ChangeKind; contentHashes: Record<string, string>; version: number }

export type PublishedState =
  | { published: true; contentHashes: Record<string, string> }
  | { published: false }
  | { deleted: true }

export type Decision = { kind: ChangeKind; version: number } | null

const sameHashes = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key])
}

/**
 * Compares what partners were last told with what is published now, and decides the event to
 * record, if any. Deciding from state rather than from the save that triggered it means a draft
 * saved on top of a published page, an autosave or a re-save of unchanged content tells partners
 * nothing, while every real publish, edit, withdrawal and deletion is told exactly once.
 */
export function decideChange(last: LastEvent | null, now: PublishedState): Decision {
  const wasLive = last !== null && !isTombstone(last.kind)
  const version = last?.version ?? 0
  if ('deleted' in now) {
    return last && last.kind !== 'deleted' ? { kind: 'deleted', version } : null
  }
  if (!now.published) return wasLive ? { kind: 'unpublished', version } : null
  if (!wasLive) return { kind: 'created', version: version + 1 }
  return sameHashes(last.contentHashes, now.contentHashes)
    ? null
    : { kind: 'updated', version: version + 1 }
}
