import type { CollectionBeforeChangeHook } from 'payload'

import { editorWriteDecision, publishReason } from '../workflow/publishRights'
import { WorkflowRefusal } from './workflowErrors'

/** Where onlyReviewersPublish leaves a note that an editor's bulk update is under way. */
export const editorBulkUpdateKey = 'workflow:editorBulkUpdate'

export type EditorBulkUpdate = { collection: string; draft: boolean }

/**
 * The per-document half of onlyReviewersPublish, for an editor's bulk update: each document that
 * would go live, change while live, or come down is refused with the same message, and left as
 * it was.
 */
export const onlyReviewersPublishEach: CollectionBeforeChangeHook = async ({
  collection,
  data,
  operation,
  originalDoc,
  req,
}) => {
  const note = req.context[editorBulkUpdateKey] as EditorBulkUpdate | undefined
  if (note?.collection !== collection.slug || operation !== 'update') return data
  // originalDoc is the latest version, which is a draft when one sits on a published page; whether
  // the page is live is in the stored document itself.
  const id = (originalDoc as { id?: string | number } | undefined)?.id
  const stored =
    id === undefined
      ? null
      : await req.payload.db.findOne({
          collection: collection.slug,
          where: { id: { equals: id } },
          req,
        })
  const decision = editorWriteDecision({
    operation,
    submittedStatus: data._status,
    draft: note.draft,
    currentStatus: (stored as { _status?: unknown } | null)?._status ?? 'draft',
  })
  if (!decision.allowed) throw new WorkflowRefusal(decision.reason)
  // A bulk save over published pages cannot be checked page by page against the live text.
  if (decision.onlyIfLiveUnchanged) throw new WorkflowRefusal(publishReason)
  return data
}
