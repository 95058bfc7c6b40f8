import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/contentAccess'
import { durationField } from '../src/fields/duration'
import { provenanceField } from '../src/fields/provenance'
import { publicReadsIgnoreDrafts } from '../src/hooks/publicReadsIgnoreDrafts'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/lib/contentVersions'

export const AftercareSteps: CollectionConfig = {
  slug: 'aftercare-steps',
  labels: { singular: 'Aftercare step', plural: 'Aftercare steps' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'procedure', 'order', 'likelihood', '_status'],
    listSearchableFields: ['title', 'slug'],
    description: 'What patients can expect after a procedure, in order.',
  },
  access: contentAccess,
  versions: contentVersions,
  hooks: { beforeOperation: [publicReadsIgnoreDrafts] },
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'procedure',
      type: 'relationship',
      relationTo: 'procedures',
      required: true,
      index: true,
      admin: { description: 'The procedure this step follows.' },
    },
    {
      name: 'order',
      type: 'number',
      required: true,
      min: 0,
      index: true,
      admin: { description: 'Position in the aftercare timeline; lower comes first.' },
    },
    { name: 'description', type: 'textarea', required: true },
    durationField('timeframe', 'Timeframe', 'How long this lasts or when it happens.'),
    {
      name: 'likelihood',
      type: 'select',
      options: [
        { label: 'Common', value: 'common' },
        { label: 'Rare', value: 'rare' },
      ],
      admin: { description: 'Leave empty when the source does not say how often it happens.' },
    },
    {
      name: 'whatToDo',
      type: 'textarea',
      admin: { description: 'What the patient can do about it, e.g. an ice pack.' },
    },
    slugField('title'),
    provenanceField,
  ],
}
