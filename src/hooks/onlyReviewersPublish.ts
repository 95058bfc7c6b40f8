import type { CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '../access/roles'
import { editorWriteDecision } from '../workflow/publishRights'
import { noteLiveContent } from './liveContentUnchanged'
import { editorBulkUpdateKey, type EditorBulkUpdate } from './onlyReviewersPublishEach'
import { WorkflowRefusal } from './workflowErrors'

/**
 * Medical text must not go live unreviewed: an editor's write that would publish, change the
 * published text or take it down is refused with a 403 that says what to do instead, before
 * anything is written. Runs on every transport (REST, GraphQL, Local API without overrideAccess,
 * the admin) because they all go through Payload's operations.
 */
export const onlyReviewersPublish: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  // Anonymous writes are refused by access control; reviewers, admins and the system may publish.
  if (overrideAccess || !req.user || hasRole(req.user, 'admin', 'reviewer')) return args

  // A duplicate starts from the source's latest version, `_status` included, so an editor's copy
  // of a published page (with the editor's changes) would be published: it is saved as a draft,
  // as an editor's restore is (editorRestoresAsDraft.ts). REST duplicates default to drafts;
  // `?draft=false` and GraphQL's duplicate without `draft` did not.
  const draftDuplicate = operation === 'create' && isDuplicate(args) && !args.draft

  // Payload types the update arguments of both operations alike; only the single-document one has an id.
  const id = (args as { id?: string | number }).id
  const draft = Boolean(args.draft) || draftDuplicate
  if (operation === 'update' && id === undefined) {
    // A bulk update (e.g. the admin list's Publish button) is checked per document instead, so the
    // admin can show each refusal; Payload reports them as that update's errors.
    const note: EditorBulkUpdate = { collection: collection.slug, draft }
    req.context[editorBulkUpdateKey] = note
    return args
  }
  const submittedStatus = (args.data as { _status?: unknown } | undefined)?._status
  let currentStatus: unknown
  if (operation === 'update' && id !== undefined && !draft) {
    const stored = await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      disableErrors: true,
      overrideAccess: true,
      req,
      select: { _status: true },
    })
    currentStatus = (stored as { _status?: unknown } | null)?._status ?? 'draft'
  }

  const decision = editorWriteDecision({ operation, submittedStatus, draft, currentStatus })
  if (!decision.allowed) throw new WorkflowRefusal(decision.reason)
  if (decision.onlyIfLiveUnchanged && id !== undefined)
    await noteLiveContent(req, collection.slug, id)
  return draftDuplicate ? { ...args, draft: true } : args
}

const isDuplicate = (args: object) => {
  const from = (args as { duplicateFromID?: unknown }).duplicateFromID
  return from !== undefined && from !== null
}
