import type {
  CollectionBeforeChangeHook,
  CollectionConfig,
  FieldHook,
  PayloadRequest,
} from 'payload'

import { configuration } from '../src/config'
import { adminOrSelf } from '../src/access/adminOrSelf'
import { isAdmin, isAdminField } from '../src/access/isAdmin'
import { isStaff } from '../src/access/isStaff'
import { roleOptions } from '../src/access/roles'
import { enforcePasswordPolicy } from '../src/auth/enforcePasswordPolicy'
import {
  auditPasswordChange,
  currentPasswordField,
  passwordChangesNeedProof,
} from '../src/auth/passwordChanges'
import { passwordChangeChecksField } from '../src/auth/passwordChangeChecksField'
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

/**
 * The name is what colleagues see: in "Reviewed by", in the users list and as the document title.
 * An account made without one is named after its email address rather than showing "Untitled".
 */
const nameFromEmail: FieldHook = ({ value, data }) =>
  typeof value === 'string' && value.trim() !== ''
    ? value
    : typeof data?.email === 'string'
      ? data.email.split('@')[0]
      : value

/**
 * The first account is always an admin (firstUserIsAdmin), so the create-first-user form
 * preselects Admin; later accounts start as editors. Payload awaits a default-value function.
 */
const defaultRoles = async ({ req }: { req: PayloadRequest }) => {
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? ['admin'] : ['editor']
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'User', plural: 'Users' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    description: 'Clinic staff who edit, review or administer content.',
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    // No lock: Payload's (5 failures → 10 minutes) let anyone lock a colleague out. Repeated
    // failures are slowed per address and account instead (src/auth/slowRepeatedSignIns.ts).
    maxLoginAttempts: 0,
    cookies: {
      sameSite: 'Lax',
      secure: configuration().isProduction,
    },
  },
  access: {
    // Colleagues see each other's names and addresses: who reviewed a page, who holds its lock.
    read: isStaff,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Unlocking answered "Success" for a real email and 403 for an unknown one: admins only.
    unlock: isAdmin,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeOperation: [
      enforcePasswordPolicy,
      passwordChangesNeedProof,
      slowRepeatedSignIns,
      sameAnswerForUnknownEmails,
    ],
    afterLogin: [forgetFailedSignIns],
    beforeChange: [firstUserIsAdmin],
    afterChange: [auditPasswordChange],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      hooks: { beforeValidate: [nameFromEmail] },
      admin: {
        description:
          'Shown to colleagues, e.g. "Dr. Rita Reviewer". Reviewers: as patients should read it.',
      },
    },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: defaultRoles as unknown as string[],
      saveToJWT: true,
      options: roleOptions,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description:
          'What this person may do. The first account made on a new install is always an admin as well.',
      },
    },
    currentPasswordField,
    passwordChangeChecksField,
  ],
}
