import type { CollectionConfig } from 'payload'

import { contentAccess } from '../src/access/contentAccess'
import { staffWritesReviewersPublish } from '../src/access/staffWritesReviewersPublish'
import { showClaimFlagsBesideFields, withClaimsCheck } from '../src/fields/claimFlags'
import { durationField } from '../src/fields/duration'
import { provenanceField } from '../src/fields/provenance'
import { reviewTab } from '../src/fields/review'
import { untranslatedFieldsField } from '../src/fields/untranslated'
import { previewUrl } from '../src/hooks/previewUrl'
import { workflowHooks } from '../src/hooks/workflowHooks'
import { slugField } from '../src/fields/slug'
import { contentVersions } from '../src/lib/contentVersions'

export const AftercareSteps: CollectionConfig = {
  slug: 'aftercare-steps',
  labels: { singular: 'Aftercare step', plural: 'Aftercare steps' },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'procedure', 'order', 'workflowStatus', '_status', 'reviewStatus'],
    listSearchableFields: ['title', 'slug', 'description'],
    description:
      'What patients can expect after a procedure, in order. They appear as a timeline on the procedure’s page.',
    group: 'Treatment content',
    preview: previewUrl('aftercare-steps'),
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
        withClaimsCheck(reviewTab),
      ],
    },
    slugField('title'),
    provenanceField,
    untranslatedFieldsField,
  ]),
}
