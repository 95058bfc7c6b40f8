import type { Field, FieldHook } from 'payload'

import { computedFrom } from './computedFrom'
import { durationUnits, isDurationUnit, toIsoDuration } from '../lib/isoDuration'

const isoOf =
  (bound: 'min' | 'max'): FieldHook =>
  ({ siblingData }) => {
    const unit = siblingData?.unit
    const amount = siblingData?.[bound]
    return isDurationUnit(unit) && typeof amount === 'number' ? toIsoDuration(amount, unit) : null
  }

const minNotAboveMax = (
  value: unknown,
  { siblingData }: { siblingData: Record<string, unknown> },
) => {
  const max = siblingData?.max
  if (typeof value === 'number' && typeof max === 'number' && value > max) {
    return 'The shortest time cannot be longer than the longest time.'
  }
  return true
}

/**
 * A span of time stated once as numbers (min, max, unit) and read back by API clients both as
 * those numbers and as ISO 8601 durations (`isoMin`, `isoMax`) they can compute with. `wording` keeps
 * the source's own phrase ("within a few hours") for spans the source gives no numbers for.
 */
export const durationField = (name: string, label: string, description: string): Field => ({
  name,
  label,
  type: 'group',
  admin: { description },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'min',
          label: 'At least',
          type: 'number',
          min: 0,
          validate: minNotAboveMax,
          admin: { description: 'Leave empty when the source gives no lower bound.' },
        },
        {
          name: 'max',
          label: 'At most',
          type: 'number',
          min: 0,
          admin: { description: 'Leave empty when the source gives no upper bound.' },
        },
        {
          name: 'unit',
          type: 'select',
          options: durationUnits.map((unit) => ({ label: unit, value: unit })),
        },
      ],
    },
    {
      name: 'wording',
      type: 'text',
      admin: { description: 'How patients read it, e.g. "within one to three days".' },
    },
    {
      name: 'isoMin',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [isoOf('min')] },
      custom: computedFrom('min', 'unit'),
    },
    {
      name: 'isoMax',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: { afterRead: [isoOf('max')] },
      custom: computedFrom('max', 'unit'),
    },
  ],
})
