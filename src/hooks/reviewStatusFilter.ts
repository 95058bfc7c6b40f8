import type { CollectionBeforeOperationHook, Where } from 'payload'

import { now } from '../lib/clock'
import { ReviewStatusFilterError, rewriteReviewStatusWhere } from '../workflow/reviewStatusWhere'
import { WorkflowBadRequest } from './workflowErrors'

/**
 * Lets readers filter on the computed `reviewStatus` (e.g. `where[reviewStatus][equals]=overdue`,
 * also in an admin list URL) by turning it into the matching `nextReviewDue` range.
 */
export const reviewStatusFilter: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation !== 'read' && operation !== 'count') return args
  const { where } = args as { where?: Where }
  if (!where) return args
  try {
    return { ...args, where: rewriteReviewStatusWhere(where, now()) }
  } catch (error) {
    if (error instanceof ReviewStatusFilterError) throw new WorkflowBadRequest(error.message)
    throw error
  }
}
