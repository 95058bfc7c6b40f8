export const durationUnits = ['minutes', 'hours', 'days', 'weeks', 'months'] as const
export type DurationUnit = (typeof durationUnits)[number]

// ISO 8601 puts time units after a `T` designator; minutes (`M` after `T`) and months (`M` before
// it) share a letter, so the position is what tells them apart.
const designators: Record<DurationUnit, { letter: string; isTime: boolean }> = {
  minutes: { letter: 'M', isTime: true },
  hours: { letter: 'H', isTime: true },
  days: { letter: 'D', isTime: false },
  weeks: { letter: 'W', isTime: false },
  months: { letter: 'M', isTime: false },
}

/** Formats an amount of one unit as an ISO 8601 duration, e.g. (3, 'days') → 'P3D', (2, 'hours') → 'PT2H'. */
export function toIsoDuration(
  amount: number | null | undefined,
  unit: DurationUnit,
): string | null {
  if (amount === null || amount === undefined || !Number.isFinite(amount) || amount < 0) return null
  const { letter, isTime } = designators[unit]
  return `P${isTime ? 'T' : ''}${amount}${letter}`
}

export function isDurationUnit(value: unknown): value is DurationUnit {
  return typeof value === 'string' && (durationUnits as readonly string[]).includes(value)
}
