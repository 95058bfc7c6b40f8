import { toDate } from '../workflow/reviewDates'

const dayMs = 24 * 60 * 60 * 1000

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`

/** A span of days in the unit a person would use: days, then weeks, months, years. */
function describeSpan(days: number): string {
  if (days < 14) return plural(days, 'day')
  if (days < 60) return plural(Math.round(days / 7), 'week')
  if (days < 730) return plural(Math.round(days / 30.44), 'month')
  return plural(Math.round(days / 365.25), 'year')
}

const utcDay = (date: Date) =>
  Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())

/**
 * The next review date in words, counted in whole calendar days: "due in 11 months",
 * "due today", "overdue by 3 days". Null when there is no date (never reviewed).
 */
export function describeReviewDue(nextReviewDue: unknown, at: Date): string | null {
  const due = toDate(nextReviewDue)
  if (!due) return null
  const days = Math.round((utcDay(due) - utcDay(at)) / dayMs)
  // Same words as the review status: past the moment it fell due is overdue, even on the day.
  if (days === 0) return due.getTime() <= at.getTime() ? 'overdue since today' : 'due today'
  if (days === 1) return 'due tomorrow'
  return days > 0 ? `due in ${describeSpan(days)}` : `overdue by ${describeSpan(-days)}`
}

/** Review dates as the admin shows them: with the year, day first (e.g. "30 Nov 2026"). */
export const reviewDateDisplayFormat = 'd MMM yyyy'

/** Every other date in the admin (lists, version history, locks): with the year and time. */
export const adminDateFormat = 'd MMM yyyy, HH:mm'
