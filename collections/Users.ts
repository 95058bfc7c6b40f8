import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { adminOrSelf } from '../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../src/access/isAdmin'
import { roleOptions } from '../src/access/roles'
import { enforcePasswordPolicy } from '../src/auth/enforcePasswordPolicy'
import { sameAnswerForUnknownEmails } from '../src/auth/sameAnswerForUnknownEmails'
import { forgetFailedSignIns, slowRepeatedSignIns } from '../src/auth/slowRepeatedSignIns'

/**
 * The first account, made through the admin's "create first user" screen, must be able to manage
 * users, or nobody could ever be given a role.
 */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return data
  const roles: string[] = Array.isArray(data.roles) ? data.roles : []
  return roles.includes('admin') ? data : { ...data, roles: [...roles, 'admin'] }
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    description: 'Clinic staff who edit, review or administer content.',
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No lock: Payload's (5 failures → 10 minutes) let anyone lock a colleague out. Repeated
    // failures are slowed per address and account instead (src/auth/slowRepeatedSignIns.ts).
    maxLoginAttempts: 0,
    cookies: {
      sameSite: 'Lax',
      secure: process.env.NODE_ENV === 'production',
    },
  },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Unlocking answered "Success" for a real email and 403 for an unknown one: admins only.
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeOperation: [enforcePasswordPolicy, slowRepeatedSignIns, sameAnswerForUnknownEmails],
    afterLogin: [forgetFailedSignIns],
    beforeChange: [firstUserIsAdmin],
  },
  fields: [
    { name: 'name', type: 'text' },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: roleOptions,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'What this person may do. The first account made on a new install is always an admin as well.',
      },
    },
  ],
}
