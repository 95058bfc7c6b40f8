/** Months between two clinical reviews when the reviewer does not choose another date. */
export const defaultReviewIntervalMonths = 12

/** Days before `nextReviewDue` during which a document counts as due for review. */
export const dueWindowDays = 30

const dayMs = 24 * 60 * 60 * 1000

/**
 * Adds calendar months, keeping the day of month where it exists and otherwise using the month's
 * last day (31 January + 1 month is 28 or 29 February, never 3 March).
 */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date.getTime())
  const day = result.getUTCDate()
  result.setUTCDate(1)
  result.setUTCMonth(result.getUTCMonth() + months)
  const lastDay = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate()
  result.setUTCDate(Math.min(day, lastDay))
  return result
}

export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * dayMs)

/** Reads a date stored as an ISO string or Date; anything else (empty, malformed) is null. */
export function toDate(value: unknown): Date | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value !== 'string' || value === '') return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}
