export const auditOperations = [
  'create',
  'update',
  'publish',
  'unpublish',
  'delete',
  'restore',
  'schedule',
  'cancel-schedule',
] as const
export type AuditOperation = (typeof auditOperations)[number]

type Doc = Record<string, unknown> | null | undefined

/**
 * Bookkeeping every save changes; listing it would hide the fields that really changed. A partner
 * key's `lastUsedAt` (written by syndication reads, once a minute at most) and a user's sign-in
 * `sessions` are bookkeeping too: an update that changes nothing else is not worth an entry.
 */
const bookkeeping = new Set([
  'updatedAt',
  'createdAt',
  'editedBy',
  'sizes',
  'hash',
  'salt',
  'lastUsedAt',
  'sessions',
])

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/** The top-level fields whose values differ between two versions of a document. */
export function changedFields(before: Doc, after: Doc): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  return [...keys]
    .filter((key) => !bookkeeping.has(key) && !same(before?.[key], after?.[key]))
    .sort()
}

/**
 * Names what a save did, from the save itself: a restore, a draft save (update), a save that left
 * the document published (publish) or took it down (unpublish), or a plain create or update.
 */
export function auditOperationOf(input: {
  operation: 'create' | 'update'
  restoring: boolean
  draftSave: boolean
  statusBefore: unknown
  statusAfter: unknown
}): AuditOperation {
  if (input.restoring) return 'restore'
  if (input.draftSave || input.statusAfter === undefined) return input.operation
  if (input.statusAfter === 'published') return 'publish'
  if (input.statusBefore === 'published') return 'unpublish'
  return input.operation
}
