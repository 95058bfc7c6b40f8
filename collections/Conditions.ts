import { codesField } from '../src/fields/codes'
import { durationField } from '../src/fields/duration'
import { imageField } from '../src/fields/image'
import { bodyField, summaryField } from '../src/fields/pageText'
import { indicationCitationFields } from '../src/fields/regulatory'
import { treatmentCollection } from '../src/collections/treatmentCollection'

export const Conditions = treatmentCollection({
  slug: 'conditions',
  labels: { singular: 'Condition', plural: 'Conditions' },
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
    'Conditions the clinic treats, e.g. TMJ disorder or tension headaches. To see what needs a clinician, filter on "Next review due" or "Workflow".',
  tabs: [
    {
      label: 'Content',
      fields: [
        {
          name: 'name',
          type: 'text',
          localized: true,
          required: true,
          admin: { description: 'The condition as patients know it, e.g. "TMJ Disorder".' },
        },
        {
          name: 'alternateNames',
          type: 'text',
          localized: true,
          hasMany: true,
          admin: { description: 'Other names patients search for, e.g. "Bruxism".' },
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
          name: 'symptoms',
          type: 'text',
          localized: true,
          hasMany: true,
          admin: { description: 'One symptom per entry, e.g. "chronic jaw pain".' },
        },
        {
          name: 'causes',
          type: 'text',
          localized: true,
          hasMany: true,
          admin: { description: 'One cause per entry, as the source states it.' },
        },
        {
          name: 'howTreatmentHelps',
          type: 'textarea',
          localized: true,
          admin: { description: 'How the injections relieve this condition.' },
        },
        {
          name: 'targetAreas',
          type: 'text',
          localized: true,
          hasMany: true,
          admin: { description: 'Where the injections go, e.g. "temples", "forehead".' },
        },
        {
          name: 'complementaryTherapies',
          type: 'array',
          admin: { description: 'Other treatments combined with the injections.' },
          fields: [
            { name: 'therapy', type: 'text', required: true, localized: true },
            {
              name: 'whenUsed',
              type: 'text',
              localized: true,
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
              // Checked by validate rather than `required`: a required field inside a group makes
              // GraphQL demand the whole group in every update mutation.
              validate: (value: unknown) =>
                value ? true : 'Choose whether this is an approved indication or off-label.',
              defaultValue: 'unknown',
              options: [
                { label: 'Approved indication', value: 'approved' },
                { label: 'Off-label use', value: 'off-label' },
                { label: 'Unknown', value: 'unknown' },
              ],
            },
            { name: 'note', type: 'textarea', localized: true },
            {
              name: 'reference',
              type: 'text',
              admin: {
                description: 'Where the status comes from, so a reviewer can check it.',
              },
            },
            ...indicationCitationFields,
          ],
        },
        codesField,
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
})
