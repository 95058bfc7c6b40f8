import type { Field } from 'payload'

/**
 * Puts PasswordChangeChecks in every user form (one's own account, a colleague's, a new user):
 * it shows nothing and stores nothing.
 */
export const passwordChangeChecksField: Field = {
  name: 'passwordChangeChecks',
  type: 'ui',
  admin: {
    components: { Field: '/src/auth/PasswordChangeChecks#PasswordChangeChecks' },
    disableListColumn: true,
  },
}
