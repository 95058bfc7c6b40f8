export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

/** A signed-in user, an account read from the database, or nobody. */
type MaybeUser = { roles?: unknown } | null | undefined

/** True when the signed-in user holds any of the given roles. */
export function hasRole(user: MaybeUser, ...wanted: Role[]): boolean {
  const held = user?.roles
  return Array.isArray(held) && held.some((role) => wanted.includes(role as Role))
}

export const roleOptions: { label: string; value: Role }[] = [
  { label: 'Admin (manages users, partners and settings)', value: 'admin' },
  { label: 'Editor (writes drafts)', value: 'editor' },
  { label: 'Reviewer (clinician who approves and publishes)', value: 'reviewer' },
]

/** The staff roles a user holds, for looking up the publishing rules table. */
export function rolesOf(user: MaybeUser): Role[] {
  const held = user?.roles
  return Array.isArray(held) ? held.filter((role): role is Role => roles.includes(role)) : []
}

/** Someone signed in with a staff role who may not publish: the rules table's "editor" column. */
export const isEditorOnly = (user: MaybeUser): boolean =>
  hasRole(user, 'editor') && !hasRole(user, 'admin', 'reviewer')
