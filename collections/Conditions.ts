import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/contentAccess'
import { durationField } from '../src/fields/duration'
import { provenanceField } from '../src/fields/provenance'
import { publicReadsIgnoreDrafts } from '../src/hooks/publicReadsIgnoreDrafts'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/lib/contentVersions'

export const Conditions: CollectionConfig = {
  slug: 'conditions',
  labels: { singular: 'Condition', plural: 'Conditions' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'slug', 'summary'],
    description: 'Conditions the clinic treats, e.g. TMJ disorder or tension headaches.',
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
            {
              name: 'name',
              type: 'text',
              required: true,
              admin: { description: 'The condition as patients know it, e.g. "TMJ Disorder".' },
            },
            {
              name: 'alternateNames',
              type: 'text',
              hasMany: true,
              admin: { description: 'Other names patients search for, e.g. "Bruxism".' },
            },
            {
              name: 'summary',
              type: 'textarea',
              required: true,
              maxLength: 600,
              admin: {
                description: 'Two or three plain sentences shown in lists and search results.',
              },
            },
            {
              name: 'body',
              type: 'richText',
              admin: { description: 'The full page text.' },
            },
          ],
        },
        {
          label: 'Clinical facts',
          fields: [
            {
              name: 'symptoms',
              type: 'text',
              hasMany: true,
              admin: { description: 'One symptom per entry, e.g. "chronic jaw pain".' },
            },
            {
              name: 'causes',
              type: 'text',
              hasMany: true,
              admin: { description: 'One cause per entry, as the source states it.' },
            },
            {
              name: 'howTreatmentHelps',
              type: 'textarea',
              admin: { description: 'How the injections relieve this condition.' },
            },
            {
              name: 'targetAreas',
              type: 'text',
              hasMany: true,
              admin: { description: 'Where the injections go, e.g. "temples", "forehead".' },
            },
            {
              name: 'complementaryTherapies',
              type: 'array',
              admin: { description: 'Other treatments combined with the injections.' },
              fields: [
                { name: 'therapy', type: 'text', required: true },
                {
                  name: 'whenUsed',
                  type: 'text',
                  admin: { description: 'When it is combined, e.g. "in severe cases".' },
                },
              ],
            },
            durationField(
              'expectedRelief',
              'Expected relief',
              'How long relief from one treatment lasts for this condition.',
            ),
            {
              name: 'indication',
              type: 'group',
              admin: {
                description:
                  "Whether the drug's regulatory approval covers this condition. Off-label use is legal but must be stated.",
              },
              fields: [
                {
                  name: 'status',
                  type: 'select',
                  required: true,
                  defaultValue: 'unknown',
                  options: [
                    { label: 'Approved indication', value: 'approved' },
                    { label: 'Off-label use', value: 'off-label' },
                    { label: 'Unknown', value: 'unknown' },
                  ],
                },
                { name: 'note', type: 'textarea' },
                {
                  name: 'reference',
                  type: 'text',
                  admin: {
                    description: 'Where the status comes from, so a reviewer can check it.',
                  },
                },
              ],
            },
            {
              name: 'relatedProcedures',
              type: 'join',
              collection: 'procedures',
              on: 'conditionsTreated',
              admin: { description: 'Procedures that list this condition as one they treat.' },
            },
          ],
        },
      ],
    },
    slugField('name'),
    provenanceField,
  ],
}
