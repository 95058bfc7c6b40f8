import type { Access } from 'payload'

import { publishedMediaIds } from '../uploads/publishedMediaIds'
import { hasRole } from './roles'

/**
 * Staff see every image; everyone else only the images a published page shows, in lists, by id
 * and as files (Payload checks this same access before serving /api/media/file/…). An image placed
 * only in a draft would otherwise tell anonymous readers what is about to be published.
 */
export const publishedMediaOrStaff: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'reviewer')) return true
  const ids = [...(await publishedMediaIds(req.payload))]
  // `exists: false` on the id matches nothing: no published page shows an image yet.
  return ids.length ? { id: { in: ids } } : { id: { exists: false } }
}
