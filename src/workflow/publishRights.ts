/**
 * Whether a write by someone who may not publish (an editor) is allowed. Editors write drafts;
 * anything that would put text live, change the live text, or take it down is a reviewer's call.
 */
export type WriteIntent = {
  operation: 'create' | 'update'
  /** `_status` as sent with the write, if any. */
  submittedStatus: unknown
  /** Payload's `draft` argument: true saves a new draft version and leaves the live document alone. */
  draft: boolean
  /** `_status` of the stored document for a single-document update; undefined for bulk updates. */
  currentStatus?: unknown
}

export type Refusal = { allowed: false; reason: string }
export type Decision = { allowed: true } | Refusal

const publishReason =
  'Only a clinician reviewer or an admin can publish. Save your changes as a draft and set "Workflow" to "In review" so a reviewer can approve and publish them.'
const liveReason =
  'This change would alter the published page, which only a clinician reviewer or an admin can do. Save it as a draft (draft=true) instead.'

export function editorWriteDecision({
  operation,
  submittedStatus,
  draft,
  currentStatus,
}: WriteIntent): Decision {
  if (submittedStatus === 'published') return { allowed: false, reason: publishReason }
  // A draft save writes a new version only; the live document is untouched.
  if (draft || operation === 'create') return { allowed: true }
  // Without draft=true the stored document itself is rewritten: refuse when it is (or, for a bulk
  // update, may be) live.
  if (currentStatus === undefined || currentStatus === 'published') {
    return { allowed: false, reason: liveReason }
  }
  return { allowed: true }
}
