import type { Access } from 'payload'

import { hasRole } from './roles'

/**
 * Staff read everything, drafts included; everyone else reads published documents only.
 * `read: () => true` would leak drafts to anonymous callers: with drafts enabled, Payload serves
 * the latest draft to anyone whose read access is `true` and who asks with `?draft=true`.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor', 'reviewer')) return true
  return { _status: { equals: 'published' } }
}
