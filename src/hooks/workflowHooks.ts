import type { CollectionConfig } from 'payload'

import { claimsCheck } from './claimsCheck'
import { onlyReviewersPublish } from './onlyReviewersPublish'
import { onlyReviewersPublishEach } from './onlyReviewersPublishEach'
import { publicReadsIgnoreDrafts } from './publicReadsIgnoreDrafts'
import { recordReview } from './recordReview'
import { reviewStatusFilter } from './reviewStatusFilter'

/**
 * The hooks every treatment-content collection shares: draft → in review → published. A fresh
 * object per collection, so code that adds hooks to one collection never adds them to all.
 */
export const workflowHooks = (): NonNullable<CollectionConfig['hooks']> => ({
  beforeOperation: [publicReadsIgnoreDrafts, reviewStatusFilter, onlyReviewersPublish],
  beforeChange: [onlyReviewersPublishEach, recordReview, claimsCheck],
})
