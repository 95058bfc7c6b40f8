import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { auditOperations } from '../src/audit/auditEntry'
import { refuseAuditRewrites } from '../src/audit/refuseAuditRewrites'

/**
 * Who did what to the content, users and partners, and when: one entry per create, update,
 * publish, unpublish, delete, restore, schedule or media change. Written by the server only and
 * never changed afterwards: no API (REST, GraphQL, Local API) can update or delete an entry.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  defaultSort: '-at',
  admin: {
    group: 'System',
    useAsTitle: 'summary',
    defaultColumns: [
      'at',
      'actorName',
      'operation',
      'documentCollection',
      'documentId',
      'changedFields',
    ],
    description: 'Every change to content, media, users and partners. Read-only, kept for good.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  hooks: { beforeOperation: [refuseAuditRewrites] },
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'actorId', label: 'Who (account id)', type: 'text' },
    { name: 'actorName', label: 'Who', type: 'text', required: true },
    {
      name: 'operation',
      type: 'select',
      required: true,
      index: true,
      options: auditOperations.map((value) => ({ label: value, value })),
    },
    { name: 'documentCollection', label: 'Collection', type: 'text', required: true, index: true },
    { name: 'documentId', label: 'Document', type: 'text', index: true },
    { name: 'changedFields', label: 'Fields changed', type: 'text', hasMany: true },
    { name: 'summary', type: 'text' },
  ],
}
