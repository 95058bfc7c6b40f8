import type { Access } from 'payload'

import { hasRole } from './roles'

/** Clinic staff: anyone signed in with a role (admin, editor or reviewer). */
export const isStaff: Access = ({ req: { user } }) => hasRole(user, 'admin', 'editor', 'reviewer')
