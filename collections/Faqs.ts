import { faqOffLabelNoticeField } from '../src/fields/regulatory'
import { treatmentCollection } from '../src/collections/treatmentCollection'

export const Faqs = treatmentCollection({
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  defaultSort: 'order',
  titleField: 'question',
  defaultColumns: [
    'question',
    'order',
    'workflowStatus',
    '_status',
    'reviewStatus',
    'nextReviewDue',
  ],
  listSearchableFields: ['question', 'slug'],
  description: 'Questions patients ask, with the clinic’s answers, in the order of the FAQ page.',
  tabs: [
    {
      label: 'Content',
      fields: [
        {
          name: 'question',
          type: 'text',
          required: true,
          localized: true,
          admin: { description: 'The question as a patient would ask it.' },
        },
        {
          name: 'answer',
          type: 'richText',
          required: true,
          localized: true,
          admin: { description: 'The clinic’s answer, in plain words.' },
        },
        faqOffLabelNoticeField,
      ],
    },
    {
      label: 'Clinical facts',
      fields: [
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
          admin: { description: 'Conditions this answer is about, if any.' },
        },
        {
          name: 'relatedProcedures',
          type: 'relationship',
          relationTo: 'procedures',
          hasMany: true,
          admin: { description: 'Procedures this answer is about, if any.' },
        },
      ],
    },
  ],
})
