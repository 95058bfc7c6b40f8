import type { CollectionConfig, Config, Field, Plugin } from 'payload'

import { AuditLog } from '../../collections/AuditLog'
import { isStaffField } from '../access/isStaffField'
import { syndicatedCollections } from '../syndication/shape/syndicatedCollections'
import { auditAfterChange, auditAfterDelete, noteAuditDraft } from './recordAudit'

/** Content, media, accounts and partners: what the audit log follows. */
const audited = new Set<string>([
  ...syndicatedCollections,
  'media',
  'users',
  'partners',
  'partner-keys',
])

/**
 * Who saved each version of a treatment document. Set by the server on every save, so it is
 * stored with each version and the admin's version view shows who made it.
 */
const editedByField: Field = {
  name: 'editedBy',
  label: 'Saved by',
  type: 'relationship',
  relationTo: 'users',
  access: { read: isStaffField },
  hooks: { beforeChange: [({ req }) => req.user?.id ?? null] },
  admin: { readOnly: true, position: 'sidebar', description: 'Who saved this version.' },
}

function withAudit(collection: CollectionConfig): CollectionConfig {
  if (!audited.has(collection.slug)) return collection
  const hooks = collection.hooks ?? {}
  const content = (syndicatedCollections as readonly string[]).includes(collection.slug)
  return {
    ...collection,
    fields: content ? [...collection.fields, editedByField] : collection.fields,
    hooks: {
      ...hooks,
      beforeOperation: [...(hooks.beforeOperation ?? []), noteAuditDraft],
      afterChange: [...(hooks.afterChange ?? []), auditAfterChange],
      afterDelete: [...(hooks.afterDelete ?? []), auditAfterDelete],
    },
  }
}

/** The audit-log collection and the hooks that append to it. Runs after the other plugins. */
export const auditTrail =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [...(config.collections ?? []).map(withAudit), AuditLog],
  })
