import type { Access, CollectionSlug, PayloadRequest } from 'payload'

import { editorRestoreKey } from '../hooks/editorRestoresAsDraft'
import { keepLiveKey } from '../hooks/liveContentUnchanged'
import { editorBulkUpdateKey } from '../hooks/onlyReviewersPublishEach'
import { hasRole } from './roles'

/**
 * Staff write content; only a clinician reviewer or an admin may write a published document.
 * Payload's admin asks this with `_status: 'published'` to decide whether to offer the Publish
 * and Schedule publish buttons, so editors are never shown them. Version restores are checked the
 * same way. Clear refusals for API callers come from the onlyReviewersPublish hook, which runs first
 * and leaves a note when an editor's write may go ahead under a later check: a bulk update (checked
 * per document), a save that must leave the live page as it is (Revert to published), or a restore
 * turned into a new draft. This check then steps aside, for that write only (editorMayGoAhead).
 */
export const staffWritesReviewersPublish =
  (collection: CollectionSlug): Access =>
  ({ req, id, data }) => {
    if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) return false
    if ((data as { _status?: unknown } | undefined)?._status !== 'published') return true
    return hasRole(req.user, 'admin', 'reviewer') || editorMayGoAhead(req, collection, id)
  }

type WriteNote = { collection: string; id?: string | number; accessGranted?: true }

/**
 * Whether one of the notes above covers this access check: left for this collection and this
 * document (a bulk update's, for the bulk update, which has no id), and not used yet. A note can
 * outlive its write: a write refused after its hooks ran (a validation error, a claims check)
 * leaves it in `req.context`, which GraphQL shares among all the mutations of one request, and it
 * must not let the next one publish (issue 8's gate; found by a review on 2 December).
 */
function editorMayGoAhead(
  req: PayloadRequest,
  collection: string,
  id: string | number | undefined,
): boolean {
  for (const key of [editorBulkUpdateKey, keepLiveKey, editorRestoreKey]) {
    const note = req.context[key] as WriteNote | undefined
    if (!note || note.accessGranted || note.collection !== collection) continue
    const coversThisWrite =
      key === editorBulkUpdateKey
        ? id === undefined
        : id !== undefined && String(note.id) === String(id)
    if (!coversThisWrite) continue
    note.accessGranted = true
    return true
  }
  return false
}
