import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff write content; only a clinician reviewer or an admin may write a published document.
 * Payload's admin asks this with `_status: 'published'` to decide whether to offer the Publish
 * and Schedule publish buttons, so editors are never shown them. Version restores are checked the
 * same way. Clear refusals for API callers come from the onlyReviewersPublish hook, which runs first.
 */
export const staffWritesReviewersPublish: Access = ({ req: { user }, data }) => {
  if (!hasRole(user, 'admin', 'editor', 'reviewer')) return false
  if ((data as { _status?: unknown } | undefined)?._status === 'published') {
    return hasRole(user, 'admin', 'reviewer')
  }
  return true
}
