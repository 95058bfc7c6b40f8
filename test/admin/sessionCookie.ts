import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import { signInAs } from '../helpers/staff'

/** Creates a user with one role and signs in as the admin does, returning the session cookie. */
export async function sessionCookie(
  payload: Payload,
  baseUrl: string,
  role: Role,
): Promise<{ cookie: string; email: string; id: string | number }> {
  const { cookie, email, id } = await signInAs(payload, baseUrl, role)
  return { cookie, email, id }
}
