import { createHash } from 'node:crypto'

/**
 * Keys that are not content: system fields, provenance itself, values computed on read, and
 * relationship back-references (joins), which change when *other* documents change.
 */
const nonContentKeys = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'provenance',
  'isoMin',
  'isoMax',
  'relatedProcedures_join',
  // The clinical review record is written by the workflow when a document is published, not by
  // the seed, so it must not make a seeded document look edited.
  'workflowStatus',
  'reviewedBy',
  'reviewerName',
  'lastReviewed',
  'nextReviewDue',
  'reviewStatus',
  'untranslatedFields',
  // The claims check's flags are recomputed on every save and answered by reviewers.
  'claimFlags',
])

/**
 * Reduces a document to its content in a canonical form: keys sorted, system keys and empty
 * values dropped. A document as written and the same document as read back normalise alike.
 */
export function normaliseContent(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(normaliseContent).filter((item) => item !== undefined)
    return items.length > 0 ? items : undefined
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((key) => !nonContentKeys.has(key))
      .sort()
      .map((key) => [key, normaliseContent((value as Record<string, unknown>)[key])] as const)
      .filter(([, item]) => item !== undefined)
    return entries.length > 0 ? Object.fromEntries(entries) : undefined
  }
  if (value === null || value === undefined || value === '') return undefined
  return value
}

/**
 * Top-level virtual fields, computed on every read (an FAQ's `offLabelNotice`, issue 10). Dropped
 * at the top only: the procedure's `regulatory.offLabelNotice` is stored content.
 */
const computedOnRead = new Set(['offLabelNotice'])

/** A SHA-256 over a document's normalised content. */
export function contentFingerprint(document: Record<string, unknown>): string {
  const stored = Object.fromEntries(
    Object.entries(document).filter(([key]) => !computedOnRead.has(key)),
  )
  return createHash('sha256')
    .update(JSON.stringify(normaliseContent(stored) ?? {}))
    .digest('hex')
}
