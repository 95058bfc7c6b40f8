import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { liveContentHash } from '../workflow/liveContent'
import { publishReason } from '../workflow/publishRights'
import { WorkflowRefusal } from './workflowErrors'

/** Where onlyReviewersPublish leaves the live page's fingerprint before an editor's save over it. */
export const keepLiveKey = 'workflow:editorKeepsLive'

type KeepLive = { collection: CollectionSlug; id: string | number; before: string | null }

export async function noteLiveContent(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: string | number,
): Promise<void> {
  const note: KeepLive = {
    collection,
    id,
    before: await liveContentHash(req.payload, collection, id, req),
  }
  req.context[keepLiveKey] = note
}

/**
 * An editor may save over a published document only when the published page comes out exactly as
 * it was: that is the admin's "Revert to published" (discard my draft). Anything else changed the
 * live text, so it is refused and, being inside the save's transaction, rolled back.
 */
export const liveContentUnchanged: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const note = req.context[keepLiveKey] as KeepLive | undefined
  if (!note || note.collection !== collection.slug || String(note.id) !== String(doc.id)) return doc
  delete req.context[keepLiveKey]
  const after = await liveContentHash(req.payload, collection.slug, doc.id, req)
  if (after !== note.before) throw new WorkflowRefusal(publishReason)
  return doc
}
