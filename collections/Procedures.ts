import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/contentAccess'
import { durationField } from '../src/fields/duration'
import { provenanceField } from '../src/fields/provenance'
import { publicReadsIgnoreDrafts } from '../src/hooks/publicReadsIgnoreDrafts'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/lib/contentVersions'

export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: { singular: 'Procedure', plural: 'Procedures' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'summary'],
    description: 'Treatments the clinic performs, e.g. therapeutic Botox injections.',
  },
  access: contentAccess,
  versions: contentVersions,
  hooks: { beforeOperation: [publicReadsIgnoreDrafts] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Content',
          fields: [
            { name: 'name', type: 'text', required: true },
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              maxLength: 600,
              admin: {
                description: 'Two or three plain sentences shown in lists and search results.',
              },
            },
            { name: 'body', type: 'richText', admin: { description: 'The full page text.' } },
          ],
        },
        {
          label: 'Clinical facts',
          fields: [
            {
              name: 'drug',
              type: 'text',
              admin: { description: 'The medicine injected, e.g. "Botox (onabotulinumtoxinA)".' },
            },
            {
              name: 'mechanism',
              type: 'textarea',
              admin: { description: 'How the treatment works in the body, in plain words.' },
            },
            {
              name: 'technique',
              type: 'textarea',
              admin: { description: 'How it is given, e.g. needles and where.' },
            },
            {
              name: 'sensation',
              label: 'What it feels like',
              type: 'textarea',
            },
            durationField('onset', 'Onset', 'When the first benefit is felt after treatment.'),
            durationField('fullEffect', 'Full effect', 'When the full effect is reached.'),
            {
              name: 'reliefDurations',
              label: 'Duration of relief',
              type: 'array',
              admin: {
                description:
                  'How long relief lasts. Where sources differ, keep each figure with where it comes from.',
              },
              fields: [
                durationField('duration', 'Duration', 'How long relief lasts.'),
                {
                  name: 'attribution',
                  type: 'text',
                  required: true,
                  admin: { description: 'Which passage or source states this figure.' },
                },
              ],
            },
            durationField(
              'retreatmentInterval',
              'Re-treatment interval',
              'How often patients are treated again, at first.',
            ),
            {
              name: 'retreatmentNote',
              type: 'textarea',
              admin: { description: 'How the interval changes over time.' },
            },
            {
              name: 'downtime',
              type: 'group',
              fields: [
                {
                  name: 'required',
                  type: 'checkbox',
                  defaultValue: false,
                  admin: { description: 'Tick when patients must rest after treatment.' },
                },
                { name: 'note', type: 'textarea' },
              ],
            },
            {
              name: 'administeredBy',
              type: 'text',
              admin: { description: 'Who may give the treatment, e.g. "a licensed professional".' },
            },
            { name: 'safetyNote', type: 'textarea' },
            { name: 'insuranceNote', type: 'textarea' },
            {
              name: 'conditionsTreated',
              type: 'relationship',
              relationTo: 'conditions',
              hasMany: true,
              admin: { description: 'Conditions this procedure treats.' },
            },
          ],
        },
      ],
    },
    slugField('name'),
    provenanceField,
  ],
}
