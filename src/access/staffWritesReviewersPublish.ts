import type { Access } from 'payload'

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
 * turned into a new draft. This check then steps aside.
 */
export const staffWritesReviewersPublish: Access = ({ req, data }) => {
  if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') {
    return (
      hasRole(req.user, 'admin', 'reviewer') ||
      [editorBulkUpdateKey, keepLiveKey, editorRestoreKey].some((key) =>
        Boolean(req.context?.[key]),
      )
    )
  }
  return true
}
