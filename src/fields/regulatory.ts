import type { Field, FieldHook } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { actorOf } from '../clinical/actorOf'
import { decideConfirmation } from '../clinical/confirmation'
import { faqOffLabelNoticeHook } from '../clinical/faqOffLabelNoticeHook'
import { WorkflowRefusal } from '../hooks/workflowErrors'
import { computedFrom } from './computedFrom'
import { now } from '../lib/clock'
import { normaliseContent } from '../seed/fingerprint'

type Row = Record<string, unknown>

const nobodyWrites = () => false

/** The confirmation's own bookkeeping; everything else in the group is a fact it vouches for. */
const confirmationKeys = new Set(['needsReviewerConfirmation', 'confirmedBy', 'confirmedAt'])

const factsOf = (group: Row | undefined) =>
  JSON.stringify(
    normaliseContent(
      Object.fromEntries(Object.entries(group ?? {}).filter(([key]) => !confirmationKeys.has(key))),
    ) ?? {},
  )

/**
 * Unticking "needs reviewer confirmation" is a reviewer's confirmation of these facts against the
 * label: the server records who and when (src/clinical/confirmation.ts decides), keeps the record
 * while the facts stay as confirmed, and voids it when an editor changes them.
 */
const recordConfirmation: FieldHook = ({ value, siblingData, previousSiblingDoc, req }) => {
  const before = (previousSiblingDoc ?? {}) as Row
  const decision = decideConfirmation({
    before: {
      confirmed: before.needsReviewerConfirmation === false,
      confirmedBy: before.confirmedBy,
      confirmedAt: before.confirmedAt,
    },
    wantsConfirmed: value === false,
    factsChanged: factsOf(siblingData as Row) !== factsOf(before),
    actor: actorOf(req),
    at: now(),
  })
  if (decision.outcome === 'refused') {
    throw new WorkflowRefusal(
      'Only a clinical reviewer or an admin can confirm these facts against the current label. Leave "needs reviewer confirmation" ticked for a reviewer.',
    )
  }
  siblingData.confirmedBy = decision.confirmation.confirmedBy
  siblingData.confirmedAt = decision.confirmation.confirmedAt
  return !decision.confirmation.confirmed
}

/**
 * "Needs reviewer confirmation" with the confirmation's record beside it: who confirmed and when,
 * set by the server only (clients cannot write them), shown read-only.
 */
const confirmationFields = (description: string): Field => ({
  type: 'row',
  fields: [
    {
      name: 'needsReviewerConfirmation',
      type: 'checkbox',
      defaultValue: true,
      hooks: { beforeChange: [recordConfirmation] },
      admin: { description },
    },
    {
      name: 'confirmedBy',
      type: 'relationship',
      relationTo: 'users',
      access: { read: isStaffField, create: nobodyWrites, update: nobodyWrites },
      admin: { readOnly: true, description: 'The reviewer who confirmed (set by the server).' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      access: { create: nobodyWrites, update: nobodyWrites },
      admin: {
        readOnly: true,
        date: { pickerAppearance: 'dayAndTime' },
        description: 'When it was confirmed (set by the server).',
      },
    },
  ],
})

/** The provenance every fact from outside the source text carries. */
export const prescribingInformationProvenance = 'added from the prescribing information'

/**
 * Marks a group of outside facts: where they came from, and whether a reviewer has confirmed them
 * against the current label revision yet.
 */
const citedAdditionFields: Field[] = [
  {
    name: 'provenance',
    type: 'text',
    defaultValue: prescribingInformationProvenance,
    admin: {
      readOnly: true,
      description: 'Not from the clinic’s source text: added from the prescribing information.',
    },
  },
  {
    name: 'citation',
    type: 'textarea',
    admin: { description: 'Where these facts come from, so a reviewer can check them.' },
  },
  confirmationFields(
    'Ticked until a reviewer has checked these facts against the current label revision. A reviewer unticks it to confirm.',
  ),
]

/** The drug's approved indications and the label they come from, on the procedure. */
export const regulatoryField: Field = {
  name: 'regulatory',
  label: 'Regulatory status',
  type: 'group',
  admin: {
    description:
      'What the drug is approved for, and the label that says so. Conditions not listed here are off-label uses.',
  },
  fields: [
    {
      name: 'label',
      label: 'Drug label',
      type: 'group',
      fields: [
        { name: 'title', type: 'text' },
        { name: 'publisher', type: 'text' },
        { name: 'url', label: 'URL', type: 'text' },
        {
          name: 'revisionDate',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayOnly' },
            description: 'The label revision these facts were checked against. Empty: not yet.',
          },
        },
      ],
    },
    {
      name: 'approvedIndications',
      type: 'array',
      // Short table names: PostgreSQL truncates identifiers over 63 characters (version tables).
      dbName: 'proc_approved_ind',
      fields: [{ name: 'indication', type: 'text', required: true, localized: true }],
    },
    {
      name: 'offLabelNotice',
      type: 'textarea',
      localized: true,
      admin: {
        description:
          'Shown wherever this procedure or the conditions it treats appear: which uses are off-label.',
      },
    },
    ...citedAdditionFields,
  ],
}

/** The boxed warning and contraindications in plain words, on the procedure. */
export const safetyInformationField: Field = {
  name: 'safetyInformation',
  label: 'Safety information',
  type: 'group',
  admin: {
    description:
      'The label’s boxed warning and contraindications in plain words, shown near the top of the procedure page and in every syndicated format.',
  },
  fields: [
    { name: 'boxedWarning', type: 'textarea', localized: true },
    {
      name: 'contraindications',
      type: 'array',
      dbName: 'proc_contraind',
      fields: [{ name: 'contraindication', type: 'text', required: true, localized: true }],
    },
    ...citedAdditionFields,
  ],
}

/** Provenance and confirmation for a condition's indication status (it cites the same label). */
export const indicationCitationFields: Field[] = [
  {
    name: 'provenance',
    type: 'text',
    defaultValue: prescribingInformationProvenance,
    admin: { readOnly: true },
  },
  confirmationFields(
    'Ticked until a reviewer has checked it against the current label. A reviewer unticks it to confirm.',
  ),
]

/**
 * An FAQ's off-label notice, computed on every read and never stored: an answer that speaks of
 * approval carries the notice of the procedures it is about (REST, GraphQL, the admin).
 */
export const faqOffLabelNoticeField: Field = {
  name: 'offLabelNotice',
  label: 'Off-label notice',
  type: 'textarea',
  virtual: true,
  access: { create: () => false, update: () => false },
  hooks: { afterRead: [faqOffLabelNoticeHook] },
  custom: computedFrom('question', 'answer', 'relatedProcedures'),
  admin: {
    readOnly: true,
    description:
      'Shown with this answer because it speaks of approval: the off-label notice of the related procedure (edit it there, under Regulatory status).',
    condition: (data) => Boolean(data?.offLabelNotice),
  },
}
