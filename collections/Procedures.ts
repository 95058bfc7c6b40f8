import { durationField } from '../src/fields/duration'
import { imageField } from '../src/fields/image'
import { bodyField, summaryField } from '../src/fields/pageText'
import { regulatoryField, safetyInformationField } from '../src/fields/regulatory'
import { treatmentCollection } from '../src/collections/treatmentCollection'

export const Procedures = treatmentCollection({
  slug: 'procedures',
  labels: { singular: 'Procedure', plural: 'Procedures' },
  titleField: 'name',
  defaultColumns: [
    'name',
    'workflowStatus',
    '_status',
    'reviewStatus',
    'nextReviewDue',
    'updatedAt',
  ],
  listSearchableFields: ['name', 'slug', 'summary'],
  description:
    'Treatments the clinic performs, e.g. therapeutic Botox injections. Their aftercare steps are listed under Aftercare steps.',
  tabs: [
    {
      label: 'Content',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          localized: true,
          admin: { description: 'The treatment as patients know it.' },
        },
        summaryField(),
        bodyField(),
        imageField,
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
        regulatoryField,
        safetyInformationField,
        {
          name: 'mechanism',
          type: 'textarea',
          localized: true,
          admin: { description: 'How the treatment works in the body, in plain words.' },
        },
        {
          name: 'technique',
          type: 'textarea',
          localized: true,
          admin: { description: 'How it is given, e.g. needles and where.' },
        },
        {
          name: 'sensation',
          label: 'What it feels like',
          type: 'textarea',
          localized: true,
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
          localized: true,
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
            { name: 'note', type: 'textarea', localized: true },
          ],
        },
        {
          name: 'administeredBy',
          type: 'text',
          localized: true,
          admin: { description: 'Who may give the treatment, e.g. "a licensed professional".' },
        },
        {
          name: 'safetyNote',
          type: 'textarea',
          localized: true,
          admin: { description: 'What patients should know about safety, in plain words.' },
        },
        {
          name: 'insuranceNote',
          type: 'textarea',
          localized: true,
          admin: { description: 'What patients should know about insurance cover.' },
        },
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
})
