import type { Payload, PayloadRequest } from 'payload'

import { titleFields } from '../syndication/collections'

/** The content collections whose pages show an image (the `image` upload field). */
const collectionsWithImages = ['conditions', 'procedures'] as const

export type MediaUse = { collection: string; id: string | number; title: string }

/** Published pages that show this image, as patients and partners see them now. */
export async function publishedUsesOfMedia(
  payload: Payload,
  mediaId: string | number,
  req?: PayloadRequest,
): Promise<MediaUse[]> {
  const uses: MediaUse[] = []
  for (const collection of collectionsWithImages) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ image: { equals: mediaId } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    for (const doc of docs) {
      const title = (doc as unknown as Record<string, unknown>)[titleFields[collection]]
      uses.push({
        collection,
        id: doc.id,
        title: typeof title === 'string' ? title : String(doc.id),
      })
    }
  }
  return uses
}

export const describeUses = (uses: MediaUse[]) =>
  uses.map((use) => `"${use.title}" (${use.collection}/${use.id})`).join(', ')
