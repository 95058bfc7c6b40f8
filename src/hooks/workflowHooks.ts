import type { CollectionConfig } from 'payload'

import { claimsCheck } from './claimsCheck'
import {
  keepPublishedAfterRestore,
  noteEditorRestore,
  restoreAsDraft,
} from './editorRestoresAsDraft'
import { draftETag, publishIfMatch } from './draftETag'
import { editorsDeleteOnlyDrafts } from './editorsDeleteOnlyDrafts'
import { liveContentUnchanged } from './liveContentUnchanged'
import { onlyReviewersPublish } from './onlyReviewersPublish'
import { onlyReviewersPublishEach } from './onlyReviewersPublishEach'
import { publicReadsIgnoreDrafts } from './publicReadsIgnoreDrafts'
import { recordReview } from './recordReview'
import { refuseUnsafeLinks } from './refuseUnsafeLinks'
import { reviewStatusFilter } from './reviewStatusFilter'

/**
 * The hooks every treatment-content collection shares: draft → in review → published, with the
 * publishing rights of src/workflow/publishingRules.ts. A fresh object per collection, so code that
 * adds hooks to one collection never adds them to all. The afterChange checks come first, before
 * the cache and partner hooks the config and the syndication plugin append, so a refused or
 * corrected save never reaches them.
 */
export const workflowHooks = (): NonNullable<CollectionConfig['hooks']> => ({
  beforeOperation: [
    publicReadsIgnoreDrafts,
    reviewStatusFilter,
    onlyReviewersPublish,
    publishIfMatch,
    noteEditorRestore,
  ],
  afterOperation: [draftETag],
  beforeValidate: [refuseUnsafeLinks],
  beforeChange: [onlyReviewersPublishEach, restoreAsDraft, recordReview, claimsCheck],
  afterChange: [keepPublishedAfterRestore, liveContentUnchanged],
  beforeDelete: [editorsDeleteOnlyDrafts],
})
