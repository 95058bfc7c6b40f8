import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'

/**
 * A reader who may not see drafts, asking for `draft=true`, gets the published version instead of
 * nothing: without this, a published page with a newer unreviewed draft on top would vanish for them
 * (the draft query filters the latest version, which is the draft).
 */
export const publicReadsIgnoreDrafts: CollectionBeforeOperationHook = ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'read' || overrideAccess) return args
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return args
  return { ...args, draft: false }
}
