import type { FieldAccess } from 'payload'

import { hasRole } from './roles'

/** Clinician reviewers and admins: the people who may publish and set review dates. */
export const reviewerOrAdminField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'reviewer')
