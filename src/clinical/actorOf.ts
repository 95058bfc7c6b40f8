import type { PayloadRequest } from 'payload'

import { hasRole } from '../access/roles'
import type { FlagActor } from './claimFlags'

/** Who is saving, as the clinical checks see it: a reviewer or admin, an editor, or the system. */
export function actorOf(req: PayloadRequest): FlagActor {
  if (!req.user) return { kind: 'system' }
  return hasRole(req.user, 'admin', 'reviewer')
    ? { kind: 'reviewer', id: req.user.id }
    : { kind: 'editor', id: req.user.id }
}
