import { toDate } from '../workflow/reviewDates'

const reviewDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
})

/** "30 Nov 2026": review dates are whole days, stored at UTC midnight, shown with the year. */
export function formatReviewDate(value: unknown): string {
  const date = toDate(value)
  return date ? reviewDate.format(date) : ''
}
