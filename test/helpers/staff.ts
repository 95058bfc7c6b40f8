import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'

export type StaffMember = {
  id: string | number
  email: string
  token: string
  /** The session cookie the sign-in set (`payload-token=…`), as the admin sends it. */
  cookie: string
  user: unknown
}

/** Creates a user with one role and signs them in over REST, returning their JWT and cookie. */
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
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('payload-token='))
  if (!cookie) throw new Error(`signing in as ${role} set no session cookie`)
  const { token } = (await response.json()) as { token: string }
  return {
    id: created.id,
    email,
    token,
    cookie: cookie.split(';')[0],
    user: { ...created, collection: 'users' },
  }
}

export const bearer = (member: StaffMember) => ({ authorization: `JWT ${member.token}` })
