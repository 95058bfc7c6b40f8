import type { Field, Tab } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { claimKinds } from '../clinical/claimRules'
import { notCheckedFields } from '../clinical/collectTexts'

const shown = { readOnly: true }

/**
 * The claims check's findings on this document (src/hooks/claimsCheck.ts recomputes them on every
 * save). Staff only: anonymous and partner reads never include them. Only `status` is meant to be
 * changed, by a reviewer or admin; the hook records who acknowledged and when.
 */
export const claimFlagsFields: Field[] = [
  {
    name: 'claimFlagsSummary',
    type: 'ui',
    admin: {
      components: { Field: '/src/clinical/admin/AcknowledgeClaimFlags#AcknowledgeClaimFlags' },
    },
  },
  {
    name: 'claimFlags',
    label: 'Claims to check',
    type: 'array',
    access: { read: isStaffField },
    admin: {
      // The summary above lists the open flags; the rows open on demand.
      initCollapsed: true,
      description:
        'Phrases a clinician must consciously approve (absolute safety or efficacy, regulatory claims, first person, a cause stated as certain, a duration that disagrees). Recomputed on every save; an unchanged phrase keeps its acknowledgement.',
    },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'field', type: 'text', admin: shown },
          { name: 'locale', type: 'text', admin: { ...shown, width: '15%' } },
          {
            name: 'kind',
            type: 'select',
            options: claimKinds.map((kind) => ({ label: kind, value: kind })),
            admin: shown,
          },
          { name: 'match', label: 'Flagged words', type: 'text', admin: shown },
        ],
      },
      { name: 'phrase', label: 'In the sentence', type: 'textarea', admin: shown },
      { name: 'reason', label: 'Why it is flagged', type: 'textarea', admin: shown },
      {
        type: 'row',
        fields: [
          {
            name: 'status',
            type: 'select',
            defaultValue: 'open',
            options: [
              { label: 'Open', value: 'open' },
              { label: 'Acknowledged by a reviewer', value: 'acknowledged' },
            ],
          },
          {
            name: 'acknowledgedBy',
            type: 'relationship',
            relationTo: 'users',
            admin: shown,
          },
          {
            name: 'acknowledgedAt',
            type: 'date',
            admin: { ...shown, date: { pickerAppearance: 'dayAndTime' } },
          },
        ],
      },
    ],
  },
]

/** The Review tab with the claims check at its end, where the reviewer decides to publish. */
export const withClaimsCheck = (tab: Tab): Tab => ({
  ...tab,
  fields: [...tab.fields, ...claimFlagsFields],
})

const besideField = '/src/clinical/admin/ClaimFlagsBesideField#ClaimFlagsBesideField'

/**
 * Every text the claims check reads gets the flags on its words shown under its input
 * (src/clinical/admin/ClaimFlagsBesideField.tsx), so a reviewer sees a flag where the words are,
 * not only in the Review tab's summary. Walks the fields the way the check does (collectTexts).
 */
export function showClaimFlagsBesideFields(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: showClaimFlagsBesideFields(tab.fields) })),
      }
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return { ...field, fields: showClaimFlagsBesideFields(field.fields) }
    }
    if (!('name' in field) || notCheckedFields.has(field.name)) return field
    if ('virtual' in field && field.virtual) return field
    if (field.type === 'group' || field.type === 'array') {
      return { ...field, fields: showClaimFlagsBesideFields(field.fields) } as Field
    }
    if (field.type === 'text' || field.type === 'textarea' || field.type === 'richText') {
      if (field.admin?.components?.afterInput) return field
      return {
        ...field,
        admin: {
          ...field.admin,
          components: { ...field.admin?.components, afterInput: [besideField] },
        },
      } as Field
    }
    return field
  })
}
