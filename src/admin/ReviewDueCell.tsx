'use client'

import type { DefaultCellComponentProps } from 'payload'

import { describeReviewDue } from './describeReviewDue'
import { formatReviewDate } from './formatReviewDate'

/** The "Next review due" column: the date with its year, and how far off it is in words. */
export function ReviewDueCell({ cellData }: DefaultCellComponentProps) {
  const words = describeReviewDue(cellData, new Date())
  if (!words) return <span>Never reviewed</span>
  return (
    <span title={words}>
      {formatReviewDate(cellData)} · <em>{words}</em>
    </span>
  )
}
