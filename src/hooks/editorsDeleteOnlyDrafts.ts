import type { CollectionBeforeDeleteHook } from 'payload'

import { isEditorOnly } from '../access/roles'
import { refusalFor } from '../workflow/publishingRules'
import { WorkflowRefusal } from './workflowErrors'

/**
 * Editors may delete only documents that were never published: deleting a published (or once
 * published) page takes reviewed text away from patients and partners, a reviewer's call. Runs per
 * document, so single, bulk (`where=`), GraphQL and Local API deletes are all covered.
 */
export const editorsDeleteOnlyDrafts: CollectionBeforeDeleteHook = async ({
  collection,
  id,
  req,
}) => {
  if (!isEditorOnly(req.user)) return
  const stored = await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: id } },
    req,
  })
  const publishedVersions = await req.payload.db.countVersions({
    collection: collection.slug,
    where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
    req,
  })
  const everPublished =
    (stored as { _status?: unknown } | null)?._status === 'published' ||
    publishedVersions.totalDocs > 0
  if (everPublished) throw new WorkflowRefusal(refusalFor('delete-published'))
}
