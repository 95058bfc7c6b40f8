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
    <p className="review-due-note" data-testid="review-due-note">
      {words[0].toUpperCase() + words.slice(1)}
    </p>
  )
}
