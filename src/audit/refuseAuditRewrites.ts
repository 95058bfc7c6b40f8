import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * The audit log is append-only: updates and deletes are refused on every path, even a Local API
 * call with overrideAccess (access control alone would let that through).
 */
export const refuseAuditRewrites: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'restoreVersion') {
    const refusal = new Forbidden(req.t)
    refusal.message = 'The audit log is append-only: entries cannot be changed or deleted.'
    refusal.isPublic = true
    throw refusal
  }
  return args
}
