import { refusalFor } from './publishingRules'

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
/**
 * `onlyIfLiveUnchanged`: a save over the published document that may go ahead only if the published
 * content comes out exactly as it was: the admin's "Revert to published" (discard my draft) is one.
 */
export type Decision = { allowed: true; onlyIfLiveUnchanged?: boolean } | Refusal

export const publishReason = refusalFor('publish')
export const unpublishReason = refusalFor('unpublish')

export function editorWriteDecision({
  operation,
  submittedStatus,
  draft,
  currentStatus,
}: WriteIntent): Decision {
  if (operation === 'create') {
    return submittedStatus === 'published'
      ? { allowed: false, reason: publishReason }
      : { allowed: true }
  }
  if (draft) {
    // A draft save writes a new version only; asking it to publish is still a publish.
    return submittedStatus === 'published'
      ? { allowed: false, reason: publishReason }
      : { allowed: true }
  }
  // Without draft=true the stored document itself is rewritten. A bulk update cannot be checked
  // document by document against the live text, so it is refused outright.
  if (currentStatus === undefined) return { allowed: false, reason: publishReason }
  if (currentStatus !== 'published') {
    return submittedStatus === 'published'
      ? { allowed: false, reason: publishReason }
      : { allowed: true }
  }
  if (submittedStatus === 'draft') return { allowed: false, reason: unpublishReason }
  return { allowed: true, onlyIfLiveUnchanged: true }
}
