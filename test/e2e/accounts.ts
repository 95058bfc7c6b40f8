import type { Role } from '../../src/access/roles'

type Account = { email: string; password: string; name: string; role: Role }

/** The staff accounts the browser tests sign in with (a throwaway database only). */
export const e2eAccounts: Record<'admin' | 'editor' | 'reviewer', Account> = {
  admin: {
    email: 'admin@e2e.test',
    password: 'e2e-admin-password',
    name: 'Alex Admin',
    role: 'admin',
  },
  editor: {
    email: 'editor@e2e.test',
    password: 'e2e-editor-password',
    name: 'Eddie Editor',
    role: 'editor',
  },
  reviewer: {
    email: 'reviewer@e2e.test',
    password: 'e2e-reviewer-password',
    name: 'Dr. Rita Reviewer',
    role: 'reviewer',
  },
}
