import { durationField } from '../src/fields/duration'
import { treatmentCollection } from '../src/collections/treatmentCollection'

export const AftercareSteps = treatmentCollection({
  slug: 'aftercare-steps',
  labels: { singular: 'Aftercare step', plural: 'Aftercare steps' },
  defaultSort: 'order',
  titleField: 'title',
  defaultColumns: ['title', 'procedure', 'order', 'workflowStatus', '_status', 'reviewStatus'],
  listSearchableFields: ['title', 'slug', 'description'],
  description:
    'What patients can expect after a procedure, in order. They appear as a timeline on the procedure’s page.',
  tabs: [
    {
      label: 'Content',
      fields: [
        {
          name: 'title',
          type: 'text',
          required: true,
          localized: true,
          admin: { description: 'What happens, in a few words, e.g. "Tenderness".' },
        },
        {
          name: 'description',
          type: 'textarea',
          required: true,
          localized: true,
          admin: { description: 'What the patient notices, in one or two plain sentences.' },
        },
        {
          name: 'whatToDo',
          type: 'textarea',
          localized: true,
          admin: { description: 'What the patient can do about it, e.g. an ice pack.' },
        },
      ],
    },
    {
      label: 'Clinical facts',
      fields: [
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
        durationField('timeframe', 'Timeframe', 'How long this lasts or when it happens.'),
        {
          name: 'likelihood',
          type: 'select',
          options: [
            { label: 'Common', value: 'common' },
            { label: 'Rare', value: 'rare' },
          ],
          admin: {
            description: 'Leave empty when the source does not say how often it happens.',
          },
        },
      ],
    },
  ],
})
