import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/contentAccess'
import { provenanceField } from '../src/fields/provenance'
import { publicReadsIgnoreDrafts } from '../src/hooks/publicReadsIgnoreDrafts'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/lib/contentVersions'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'order', '_status', 'updatedAt'],
    listSearchableFields: ['question', 'slug'],
    description: 'Questions patients ask, with the clinic’s answers.',
  },
  access: contentAccess,
  versions: contentVersions,
  hooks: { beforeOperation: [publicReadsIgnoreDrafts] },
  fields: [
    { name: 'question', type: 'text', required: true },
    { name: 'answer', type: 'richText', required: true },
    {
      name: 'order',
      type: 'number',
      required: true,
      min: 0,
      index: true,
      admin: { description: 'Position on the FAQ page; lower comes first.' },
    },
    {
      name: 'relatedConditions',
      type: 'relationship',
      relationTo: 'conditions',
      hasMany: true,
    },
    {
      name: 'relatedProcedures',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
    },
    slugField('question'),
    provenanceField,
  ],
}
