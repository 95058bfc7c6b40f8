import type { Payload, PayloadRequest } from 'payload'

import {
  syndicatedCollections,
  titleFields,
  type SyndicatedCollection,
} from '../syndication/shape/syndicatedCollections'
import { mediaIdsIn } from './mediaReferences'

export type MediaUse = { collection: string; id: string | number; title: string }

/** A published treatment page in one locale, with the images it shows. */
export type PublishedPage = {
  collection: SyndicatedCollection
  doc: Record<string, unknown> & { id: string | number }
  imageIds: Set<string>
}

/** The locales whose published text is read: every configured locale, or none named. */
function localesOf(payload: Payload): (string | undefined)[] {
  const { localization } = payload.config
  return localization ? localization.localeCodes : [undefined]
}

/**
 * Every published treatment page, once per locale, with the images it shows: the page image, the
 * SEO image and those placed in its rich text. Published treatment pages number in the hundreds at
 * most, so they are read and walked rather than queried field by field (rich text cannot be
 * filtered on in SQL).
 */
export async function publishedPagesWithImages(
  payload: Payload,
  req?: PayloadRequest,
): Promise<PublishedPage[]> {
  const pages: PublishedPage[] = []
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
      for (const doc of docs as unknown as PublishedPage['doc'][]) {
        pages.push({ collection, doc, imageIds: mediaIdsIn(fields, doc) })
      }
    }
  }
  return pages
}

/** Published pages that show this image, as patients and partners see them now. */
export async function publishedUsesOfMedia(
  payload: Payload,
  mediaId: string | number,
  req?: PayloadRequest,
): Promise<MediaUse[]> {
  const uses = new Map<string, MediaUse>()
  for (const { collection, doc, imageIds } of await publishedPagesWithImages(payload, req)) {
    const key = `${collection}/${doc.id}`
    if (uses.has(key) || !imageIds.has(String(mediaId))) continue
    const title = doc[titleFields[collection]]
    uses.set(key, {
      collection,
      id: doc.id,
      title: typeof title === 'string' && title ? title : String(doc.id),
    })
  }
  return [...uses.values()]
}

export const describeUses = (uses: MediaUse[]) =>
  uses.map((use) => `"${use.title}" (${use.collection}/${use.id})`).join(', ')
