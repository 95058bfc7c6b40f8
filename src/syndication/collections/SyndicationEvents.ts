import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/isAdmin'
import { nobody } from '../../access/nobody'
import { changeKinds } from '../shape/changeDecision'
import { syndicatedCollections } from '../shape/syndicatedCollections'

/**
 * The change log partners page through (`/syndication/v1/changes`): one row per publish, edit,
 * re-review, withdrawal or deletion, numbered by a gap-free, strictly increasing `sequence`.
 */
export const SyndicationEvents: CollectionConfig = {
  slug: 'syndication-events',
  labels: { singular: 'Change event', plural: 'Change log' },
  defaultSort: '-sequence',
  admin: {
    group: 'Syndication',
    useAsTitle: 'title',
    defaultColumns: ['sequence', 'kind', 'documentCollection', 'slug', 'version', 'createdAt'],
    description: 'What partners have been told changed, in order. Written by the server only.',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'sequence', type: 'number', required: true, unique: true, index: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: changeKinds.map((value) => ({ label: value, value })),
    },
    {
      name: 'documentCollection',
      type: 'select',
      required: true,
      options: syndicatedCollections.map((value) => ({ label: value, value })),
    },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'title', type: 'text' },
    // Per locale, so a partner reading Spanish only is told the Spanish title.
    { name: 'titles', type: 'json' },
    { name: 'version', type: 'number', required: true },
    { name: 'contentHashes', type: 'json' },
    // The review partners were told about: a new date with the same text is a `reviewed` event.
    { name: 'lastReviewed', type: 'date' },
    { name: 'occurredAt', type: 'date', required: true },
  ],
}
