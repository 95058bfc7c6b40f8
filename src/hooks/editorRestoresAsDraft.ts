import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  CollectionBeforeOperationHook,
} from 'payload'

import { isEditorOnly } from '../access/roles'
import { markDraftOnlySave } from '../cache/invalidation'

/** Where the restore hooks keep the published row while an editor's restore is under way. */
export const editorRestoreKey = 'workflow:editorRestore'

type EditorRestore = {
  collection: string
  id: string | number
  publishedRow: Record<string, unknown>
}

/**
 * Editors may restore an earlier version only as a new draft: the published page stays as it is
 * until a reviewer publishes. Payload's restore (REST, GraphQL, the admin's Restore button, the
 * Local API) rewrites the stored document unless asked for a draft, and reads that choice before
 * any hook can change it. So for an editor's restore over a published page these three hooks keep
 * the published row, save the restored text as a draft version, and put the published row back,
 * all inside the restore's transaction.
 */
export const noteEditorRestore: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'restoreVersion' || overrideAccess || !isEditorOnly(req.user)) return args
  if ((args as { draft?: boolean }).draft) return args
  const versionId = (args as { id?: string | number }).id
  if (versionId === undefined) return args
  const { docs } = await req.payload.db.findVersions({
    collection: collection.slug,
    where: { id: { equals: versionId } },
    limit: 1,
    pagination: false,
    req,
  })
  const parent = (docs[0] as { parent?: string | number } | undefined)?.parent
  if (parent === undefined) return args
  const publishedRow = await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: parent } },
    locale: 'all',
    req,
  })
  if ((publishedRow as { _status?: unknown } | null)?._status !== 'published') return args
  const note: EditorRestore = {
    collection: collection.slug,
    id: parent,
    publishedRow: publishedRow as Record<string, unknown>,
  }
  req.context[editorRestoreKey] = note
  return args
}

const noteFor = (context: Record<string, unknown>, collection: string) => {
  const note = context[editorRestoreKey] as EditorRestore | undefined
  return note?.collection === collection ? note : undefined
}

/** The restored text is saved as a draft version. */
export const restoreAsDraft: CollectionBeforeChangeHook = ({ collection, data, req }) => {
  if (!req.context.isRestoringVersion || !noteFor(req.context, collection.slug)) return data
  return { ...data, _status: 'draft' }
}

/** …and the published page is put back as it was, before partners or caches hear of anything. */
export const keepPublishedAfterRestore: CollectionAfterChangeHook = async ({
  collection,
  doc,
  req,
}) => {
  const note = noteFor(req.context, collection.slug)
  if (!note || String(note.id) !== String(doc.id)) return doc
  delete req.context[editorRestoreKey]
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: note.id,
    data: note.publishedRow,
    req,
  })
  markDraftOnlySave(req)
  return doc
}
