import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordChange } from './changeLog'
import { isSyndicatedCollection, titleFields } from '../shape/syndicatedCollections'

/**
 * After any save (publish, draft, autosave, unpublish, scheduled publish), records what partners
 * must be told, if anything. Reads through the save's own request so it sees the saved state.
 */
export const recordSyndicationChange: CollectionAfterChangeHook = async ({
  doc,
  collection,
  req,
}) => {
  if (isSyndicatedCollection(collection.slug)) {
    await recordChange(req.payload, collection.slug, doc.id, { req })
  }
  return doc
}

/** After a delete, tells partners who had the document to take it down. */
export const recordSyndicationDeletion: CollectionAfterDeleteHook = async ({
  doc,
  id,
  collection,
  req,
}) => {
  if (!isSyndicatedCollection(collection.slug)) return doc
  const title = doc?.[titleFields[collection.slug]]
  await recordChange(req.payload, collection.slug, id, {
    deleted: {
      slug: String(doc?.slug ?? id),
      title: typeof title === 'string' ? title : undefined,
    },
    req,
  })
  return doc
}
