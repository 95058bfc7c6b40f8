import { ValidationError, type Field, type FieldHook } from 'payload'

import { isStaffField } from '../access/isStaffField'
import { actorOf } from '../clinical/actorOf'
import { codeProblem, codeSystemInfo, codeSystems, officialDisplay } from '../clinical/codes'
import { decideConfirmation } from '../clinical/confirmation'
import { WorkflowRefusal } from '../hooks/workflowErrors'
import { now } from '../lib/clock'

const nobodyWrites = () => false

type Row = Record<string, unknown>

/**
 * Checks the code on every save, drafts included: Payload skips `validate` for drafts, and a
 * wrong code in a draft would still reach reviewers and previews.
 */
const refuseUnknownCode: FieldHook = ({ value, siblingData, path, collection, req }) => {
  const problem = codeProblem(siblingData?.system, value)
  if (problem) {
    throw new ValidationError(
      { collection: collection?.slug, errors: [{ message: problem, path: path.join('.') }] },
      req.t,
    )
  }
  return value
}

/** An empty display takes the table's official title, so a code is never shown bare. */
const fillDisplay: FieldHook = ({ value, siblingData }) =>
  typeof value === 'string' && value.trim()
    ? value
    : (officialDisplay(siblingData?.system, siblingData?.code) ?? value)

/**
 * A code becomes "confirmed" only by a clinician, and the server records who and when
 * (src/clinical/confirmation.ts decides, as for the label facts): kept while the code is unchanged,
 * voided (back to "proposed") when an editor changes a confirmed code.
 */
const recordConfirmation: FieldHook = ({ value, siblingData, previousSiblingDoc, req }) => {
  const before = (previousSiblingDoc ?? {}) as Row
  const decision = decideConfirmation({
    before: {
      confirmed: before.status === 'confirmed',
      confirmedBy: before.confirmedBy,
      confirmedAt: before.confirmedAt,
    },
    wantsConfirmed: value === 'confirmed',
    factsChanged: before.code !== siblingData.code || before.system !== siblingData.system,
    actor: actorOf(req),
    at: now(),
  })
  if (decision.outcome === 'refused') {
    throw new WorkflowRefusal(
      'Only a clinical reviewer or an admin can confirm a code. Leave it "proposed" for a reviewer.',
    )
  }
  siblingData.confirmedBy = decision.confirmation.confirmedBy
  siblingData.confirmedAt = decision.confirmation.confirmedAt
  return decision.confirmation.confirmed ? 'confirmed' : 'proposed'
}

/**
 * Coded conditions: ICD-10-CM codes checked against the project's table, SNOMED CT identifiers
 * by their Verhoeff check digit. Seeded as "proposed"; a reviewer confirms them. Filter with
 * `where[codes.code][equals]=G47.63` (REST) or `codes__code` (GraphQL).
 */
export const codesField: Field = {
  name: 'codes',
  label: 'Codes',
  type: 'array',
  admin: {
    description:
      'Clinical codes for this condition (ICD-10-CM, SNOMED CT), so clinical systems can find it. A reviewer confirms each proposed code.',
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'system',
          type: 'select',
          required: true,
          options: codeSystems.map((system) => ({
            label: codeSystemInfo[system].label,
            value: system,
          })),
        },
        {
          name: 'code',
          type: 'text',
          required: true,
          index: true,
          validate: (value: unknown, { siblingData }: { siblingData: Row }) =>
            codeProblem(siblingData?.system, value) ?? true,
          hooks: { beforeChange: [refuseUnknownCode] },
        },
        {
          name: 'display',
          type: 'text',
          hooks: { beforeChange: [fillDisplay] },
          admin: { description: 'The code’s official title (filled from the table when empty).' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          type: 'select',
          defaultValue: 'proposed',
          options: [
            { label: 'Proposed', value: 'proposed' },
            { label: 'Confirmed by a reviewer', value: 'confirmed' },
          ],
          hooks: { beforeChange: [recordConfirmation] },
        },
        {
          name: 'confirmedBy',
          type: 'relationship',
          relationTo: 'users',
          access: { read: isStaffField, create: nobodyWrites, update: nobodyWrites },
          admin: { readOnly: true },
        },
        {
          name: 'confirmedAt',
          type: 'date',
          access: { create: nobodyWrites, update: nobodyWrites },
          admin: { readOnly: true },
        },
      ],
    },
  ],
}
