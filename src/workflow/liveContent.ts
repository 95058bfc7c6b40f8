import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { contentHash } from '../syndication/shape/contentHash'

/**
 * A fingerprint of the published document as stored (every locale), leaving out only when and by
 * whom it was saved.
 * Two equal fingerprints mean patients and partners see exactly the same page.
 */
export async function liveContentHash(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
  req?: PayloadRequest,
): Promise<string | null> {
  const row = await payload.db.findOne({
    collection,
    where: { id: { equals: id } },
    locale: 'all',
    ...(req ? { req } : {}),
  })
  return row ? contentHash(withoutSaveTime(row as Record<string, unknown>)) : null
}

/** Leaves out when and by whom the row was saved: neither changes what readers see. */
export function withoutSaveTime(row: Record<string, unknown>): Record<string, unknown> {
  const { updatedAt: _updatedAt, editedBy: _editedBy, ...content } = row
  return content
}
