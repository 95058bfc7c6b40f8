import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export type StaffMember = { id: string | number; email: string; token: string; user: unknown }

/** Creates a user with one role and signs them in over REST, returning their JWT. */
export async function signInAs(
  payload: Payload,
  baseUrl: string,
  role: Role,
): Promise<StaffMember> {
  const email = `${role}-${randomBytes(4).toString('hex')}@clinic.test`
  const password = `pw-${randomBytes(8).toString('hex')}`
  const created = await payload.create({
    collection: 'users',
    data: { email, password, roles: [role] },
    overrideAccess: true,
  })
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`login as ${role} failed: ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  return { id: created.id, email, token, user: { ...created, collection: 'users' } }
}

export const bearer = (member: StaffMember) => ({ authorization: `JWT ${member.token}` })
