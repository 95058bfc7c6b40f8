import type { PayloadRequest } from 'payload'

export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

type MaybeUser = PayloadRequest['user'] | undefined

/** True when the signed-in user holds any of the given roles. */
export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const held = (user as { roles?: unknown } | null | undefined)?.roles
  return Array.isArray(held) && held.some((role) => wanted.includes(role as Role))
}

export const roleOptions: { label: string; value: Role }[] = [
  { label: 'Admin (manages users, partners and settings)', value: 'admin' },
  { label: 'Editor (writes drafts)', value: 'editor' },
  { label: 'Reviewer (clinician who approves and publishes)', value: 'reviewer' },
]
