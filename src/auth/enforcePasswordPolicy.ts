import { ValidationError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Every way a password is set (an admin creating an account, a user changing theirs, the reset
 * link) goes through passwordPolicy before Payload hashes it, on every transport. Payload's own
 * check only asks for a non-empty password.
 */
export const enforcePasswordPolicy: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'resetPassword') {
    return args
  }
  const data = args.data as { password?: unknown; email?: unknown } | undefined
  if (data?.password === undefined) return args
  let email = data.email
  const id = (args as { id?: string | number }).id
  if (email === undefined && operation === 'update' && id !== undefined) {
    const stored = await req.payload.findByID({
      collection: collection.slug as 'users',
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { email: true },
    })
    email = (stored as { email?: unknown } | null)?.email
  }
  // Loaded by the first password set, not at start: its list of common passwords is a 0.4 MB
  // module made into a set of 49,000 words (issue 15).
  const { passwordProblem } = await import('./passwordPolicy')
  const problem = passwordProblem(data.password, email)
  if (problem) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ message: problem, path: 'password' }],
      req,
    })
  }
  return args
}
