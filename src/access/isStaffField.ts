import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Clinic staff only, for fields the public API must not show (e.g. which account reviewed). */
export const isStaffField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'reviewer')
