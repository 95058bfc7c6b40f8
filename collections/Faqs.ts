import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/contentAccess'
import { staffWritesReviewersPublish } from '../src/access/staffWritesReviewersPublish'
import { showClaimFlagsBesideFields, withClaimsCheck } from '../src/fields/claimFlags'
import { provenanceField } from '../src/fields/provenance'
import { faqOffLabelNoticeField } from '../src/fields/regulatory'
import { reviewTab } from '../src/fields/review'
import { untranslatedFieldsField } from '../src/fields/untranslated'
import { previewUrl } from '../src/hooks/previewUrl'
import { workflowHooks } from '../src/hooks/workflowHooks'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/lib/contentVersions'

export const Faqs: CollectionConfig = {
  slug: 'faqs',
  labels: { singular: 'FAQ', plural: 'FAQs' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
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
    group: 'Treatment content',
    preview: previewUrl('faqs'),
  },
  access: {
    ...contentAccess,
    create: staffWritesReviewersPublish,
    update: staffWritesReviewersPublish,
  },
  versions: contentVersions,
  hooks: workflowHooks(),
  fields: showClaimFlagsBesideFields([
    {
      type: 'tabs',
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
        withClaimsCheck(reviewTab),
      ],
    },
    slugField('question'),
    provenanceField,
    untranslatedFieldsField,
  ]),
}
