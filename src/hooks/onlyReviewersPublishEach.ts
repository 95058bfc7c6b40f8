import type { CollectionBeforeChangeHook } from 'payload'

import { editorWriteDecision } from '../workflow/publishRights'
import { WorkflowRefusal } from './workflowErrors'

/** Where onlyReviewersPublish leaves a note that an editor's bulk update is under way. */
export const editorBulkUpdateKey = 'workflow:editorBulkUpdate'

export type EditorBulkUpdate = { collection: string; draft: boolean }

/**
 * The per-document half of onlyReviewersPublish, for an editor's bulk update: each document that
 * would go live, change while live, or come down is refused with the same message, and left as
 * it was.
 */
export const onlyReviewersPublishEach: CollectionBeforeChangeHook = ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const note = req.context[editorBulkUpdateKey] as EditorBulkUpdate | undefined
  if (note?.collection !== collection.slug || operation !== 'update') return data
  const decision = editorWriteDecision({
    operation,
    submittedStatus: data._status,
    draft: note.draft,
    currentStatus: (originalDoc as { _status?: unknown } | undefined)?._status ?? 'draft',
  })
  if (!decision.allowed) throw new WorkflowRefusal(decision.reason)
  return data
}
