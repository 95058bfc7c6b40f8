import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'

/**
 * Partner API keys. Only the SHA-256 hash of a key is stored; the key itself is shown once, by the
 * issuing endpoint (`POST /api/partners/{id}/keys`), and never again. Keys are made only there, so
 * nobody can create one here with a chosen value.
 */
export const PartnerKeys: CollectionConfig = {
  slug: 'partner-keys',
  labels: { singular: 'Partner API key', plural: 'Partner API keys' },
  admin: {
    group: 'Syndication',
    useAsTitle: 'prefix',
    defaultColumns: ['prefix', 'partner', 'label', 'expiresAt', 'revokedAt', 'lastUsedAt'],
    description:
      'Keys partner clinics use on the syndication API. Issue one from the partner’s page. To cut a key off, set “Revoked at”.',
  },
  access: { read: isAdmin, create: nobody, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'partner',
      type: 'relationship',
      relationTo: 'partners',
      required: true,
      index: true,
      admin: { readOnly: true },
    },
    {
      name: 'prefix',
      label: 'Key starts with',
      type: 'text',
      required: true,
      admin: { readOnly: true, description: 'The visible start of the key, to tell keys apart.' },
    },
    { name: 'label', type: 'text', admin: { description: 'What the key is for, e.g. "website".' } },
    {
      name: 'keyHash',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { read: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      name: 'expiresAt',
      type: 'date',
      index: true,
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Empty: never expires. Rotating a key sets this on the old one.',
      },
    },
    {
      name: 'revokedAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set to now to refuse this key from its next request.',
      },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
  ],
}
