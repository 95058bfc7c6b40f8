import {
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeOperationHook,
  type Field,
} from 'payload'

import { writeAudit } from '../audit/recordAudit'
import { passwordMatches } from './passwordMatches'
import { slowRepeatedPasswordProofs } from './slowRepeatedSignIns'

/** How the running save sets a password, for the audit entry written after it. */
const passwordChangeKey = 'auth:passwordChange'
type PasswordChange = 'own' | 'set-by-admin'

type UpdateArgs = {
  id?: string | number
  data?: { password?: unknown; currentPassword?: unknown } & Record<string, unknown>
}

const refuse = (collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ message, path }] })

/**
 * Changing one's own password takes the current one, on every transport (REST, GraphQL, the
 * admin's account page): a session left open on a shared computer, or a stolen token, must not be
 * enough to take the account over for good. An admin setting another person's password (they
 * forgot it, they left) needs no such proof, but it is a separate path: it is written to the audit
 * log as such. Server code (scripts, the seed) sets passwords with access overridden and is not
 * asked. Runs before Payload's access check, which still decides who may update whom.
 */
export const passwordChangesNeedProof: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update') return args
  const { id, data } = args as UpdateArgs
  if (!data || !('password' in data || 'currentPassword' in data)) return args
  const { currentPassword, ...rest } = data
  if (rest.password === undefined || rest.password === null || overrideAccess) {
    return { ...args, data: rest }
  }
  if (id === undefined) {
    throw refuse(collection.slug, 'password', 'Set a password one account at a time.')
  }
  const own = req.user !== null && req.user !== undefined && String(req.user.id) === String(id)
  if (own) {
    const stored = await req.payload.findByID({
      collection: collection.slug as 'users',
      id,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      req,
    })
    const proven =
      typeof currentPassword === 'string' &&
      currentPassword !== '' &&
      (await slowRepeatedPasswordProofs(req, String(stored.email), () =>
        passwordMatches(currentPassword, stored as { hash?: unknown; salt?: unknown }),
      ))
    if (!proven) {
      throw refuse(
        collection.slug,
        'currentPassword',
        currentPassword
          ? 'The current password is not right.'
          : 'Give your current password to set a new one.',
      )
    }
  }
  req.context[passwordChangeKey] = (own ? 'own' : 'set-by-admin') satisfies PasswordChange
  return { ...args, data: rest }
}

/** The audit entry: who set whose password, and by which path. Never the password itself. */
export const auditPasswordChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const change = req.context[passwordChangeKey] as PasswordChange | undefined
  if (operation !== 'update' || !change) return doc
  delete req.context[passwordChangeKey]
  await writeAudit(req, {
    operation: 'update',
    documentCollection: collection.slug,
    documentId: doc.id,
    changedFields: ['password'],
    summary:
      change === 'own'
        ? 'Changed their own password (current password given).'
        : `An admin set a new password for ${String(doc.email)}.`,
  })
  return doc
}

/**
 * Where the admin's account page asks for the current password. Virtual: never stored, never read
 * back. Shown only on one's own account; an admin editing a colleague's account does not see it.
 */
export const currentPasswordField: Field = {
  name: 'currentPassword',
  label: 'Current password',
  type: 'text',
  virtual: true,
  admin: {
    components: { Field: '/src/auth/CurrentPasswordField#CurrentPasswordField' },
    condition: (data, _siblingData, { user }) =>
      Boolean(user && data?.id !== undefined && String(data.id) === String(user.id)),
    description: 'Needed only to change your password.',
  },
}
