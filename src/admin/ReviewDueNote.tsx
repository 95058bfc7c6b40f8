'use client'

import { useFormFields } from '@payloadcms/ui'

import { describeReviewDue } from './describeReviewDue'

/**
 * Under the "Next review due" date in the edit view: how far off it is, in words ("due in 11
 * months", "overdue by 3 days"), so nobody has to count months from a date.
 */
export function ReviewDueNote() {
  const nextReviewDue = useFormFields(([fields]) => fields?.nextReviewDue?.value)
  const words = describeReviewDue(nextReviewDue, new Date())
  if (!words) return null
  return (
    // The words depend on today's date, which may change between the server's render and the
    // browser's hydration (a page opened at midnight): React is told to expect that here.
    <p className="review-due-note" data-testid="review-due-note" suppressHydrationWarning>
      {words[0].toUpperCase() + words.slice(1)}
    </p>
  )
}
