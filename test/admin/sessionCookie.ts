import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

/** Creates a user with one role and signs in as the admin does, returning the session cookie. */
export async function sessionCookie(
  payload: Payload,
  baseUrl: string,
  role: Role,
): Promise<{ cookie: string; email: string; id: string | number }> {
  const email = `${role}-${randomBytes(4).toString('hex')}@clinic.test`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const user = await payload.create({
    collection: 'users',
    data: { email, password, roles: [role] },
    overrideAccess: true,
  })
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith('payload-token='))
  if (!line) throw new Error(`signing in as ${role} set no session cookie (${response.status})`)
  return { cookie: line.split(';')[0], email, id: user.id }
}
