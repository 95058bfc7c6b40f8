import type { CollectionBeforeOperationHook } from 'payload'

type HookArgs = Parameters<CollectionBeforeOperationHook>[0]

/** The email a sign-in is attempted with, or null for any other operation (or none given). */
export function loginEmailOf({ args, operation }: Pick<HookArgs, 'args' | 'operation'>) {
  if (operation !== 'login') return null
  const email = (args as { data?: { email?: unknown } }).data?.email
  return typeof email === 'string' && email !== '' ? email : null
}
