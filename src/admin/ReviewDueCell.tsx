'use client'

import type { DefaultCellComponentProps } from 'payload'

import { describeReviewDue } from './describeReviewDue'
import { formatReviewDate } from './formatReviewDate'

/**
 * The "Next review due" column: the date with its year, and how far off it is in words. The words
 * depend on today's date, and the server's render and the browser's hydration can fall on either
 * side of midnight: React is told to expect that difference here instead of reporting an error.
 */
export function ReviewDueCell({ cellData }: DefaultCellComponentProps) {
  const words = describeReviewDue(cellData, new Date())
  if (!words) return <span>Never reviewed</span>
  return (
    <span title={words} suppressHydrationWarning>
      {formatReviewDate(cellData)} · <em suppressHydrationWarning>{words}</em>
    </span>
  )
}
