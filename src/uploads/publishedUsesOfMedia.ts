import type { Payload, PayloadRequest } from 'payload'

import { syndicatedCollections, titleFields } from '../syndication/shape/syndicatedCollections'
import { mediaIdsIn } from './mediaReferences'

export type MediaUse = { collection: string; id: string | number; title: string }

/** The locales whose published text is read: every configured locale, or none named. */
export function localesOf(payload: Payload): (string | undefined)[] {
  const { localization } = payload.config
  return localization ? localization.localeCodes : [undefined]
}

/**
 * Published pages that show this image, as patients and partners see them now: as the page image,
 * the SEO image, or placed in the rich text of any locale. Published treatment pages number in the
 * hundreds at most, so they are read and walked rather than queried field by field (rich text
 * cannot be filtered on in SQL).
 */
export async function publishedUsesOfMedia(
  payload: Payload,
  mediaId: string | number,
  req?: PayloadRequest,
): Promise<MediaUse[]> {
  const uses = new Map<string, MediaUse>()
  for (const collection of syndicatedCollections) {
    const fields = payload.collections[collection].config.flattenedFields
    for (const locale of localesOf(payload)) {
      const { docs } = await payload.find({
        collection,
        where: { _status: { equals: 'published' } },
        draft: false,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        ...(locale ? { locale: locale as 'en', fallbackLocale: false as const } : {}),
        ...(req ? { req } : {}),
      })
      for (const doc of docs) {
        const key = `${collection}/${doc.id}`
        if (uses.has(key) || !mediaIdsIn(fields, doc).has(String(mediaId))) continue
        const title = (doc as unknown as Record<string, unknown>)[titleFields[collection]]
        uses.set(key, {
          collection,
          id: doc.id,
          title: typeof title === 'string' && title ? title : String(doc.id),
        })
      }
    }
  }
  return [...uses.values()]
}

export const describeUses = (uses: MediaUse[]) =>
  uses.map((use) => `"${use.title}" (${use.collection}/${use.id})`).join(', ')
