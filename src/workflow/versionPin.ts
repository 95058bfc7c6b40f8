import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { contentHash } from '../syndication/shape/contentHash'

/** Which draft a reviewer saw: the latest version's id and a hash of its text. */
export type VersionPin = { versionId: string; contentHash: string }

/** Save bookkeeping that differs between versions with the same text. */
const bookkeeping = new Set(['updatedAt', 'createdAt', '_status', 'workflowStatus', 'editedBy'])

export function versionContentHash(version: Record<string, unknown>): string {
  return contentHash(
    Object.fromEntries(Object.entries(version).filter(([key]) => !bookkeeping.has(key))),
  )
}

/** The latest version (draft or published) of a document, pinned; null when it has none. */
export async function latestVersionPin(
  payload: Payload,
  collection: CollectionSlug,
  id: string | number,
  req?: PayloadRequest,
): Promise<VersionPin | null> {
  const { docs } = await payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    pagination: false,
    locale: 'all',
    ...(req ? { req } : {}),
  })
  const latest = docs[0] as { id: string | number; version: Record<string, unknown> } | undefined
  return latest
    ? { versionId: String(latest.id), contentHash: versionContentHash(latest.version) }
    : null
}

/** True when the text that would be published is not the text the reviewer scheduled. */
export const pinBroken = (pinned: VersionPin, latest: VersionPin | null): boolean =>
  !latest || latest.contentHash !== pinned.contentHash
