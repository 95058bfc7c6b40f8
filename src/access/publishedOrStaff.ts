import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything, drafts included; everyone else reads published documents only.
 * `read: () => true` would leak drafts to anonymous callers (see shared STACK-NOTES).
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  return { _status: { equals: 'published' } }
}
