import type { Access } from 'payload'

import { editorBulkUpdateKey } from '../hooks/onlyReviewersPublishEach'
import { hasRole } from './roles'

/**
 * Staff write content; only a clinician reviewer or an admin may write a published document.
 * Payload's admin asks this with `_status: 'published'` to decide whether to offer the Publish
 * and Schedule publish buttons, so editors are never shown them. Version restores are checked the
 * same way. Clear refusals for API callers come from the onlyReviewersPublish hook, which runs first;
 * for an editor's bulk update it refuses document by document (onlyReviewersPublishEach), so the
 * admin can show why, and this check steps aside.
 */
export const staffWritesReviewersPublish: Access = ({ req, data }) => {
  if (!hasRole(req.user, 'admin', 'editor', 'reviewer')) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') {
    return hasRole(req.user, 'admin', 'reviewer') || Boolean(req.context?.[editorBulkUpdateKey])
  }
  return true
}
