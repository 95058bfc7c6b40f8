import type { Payload } from 'payload'

import { untilNextContentWrite } from '../access/untilNextContentWrite'
import { syndicatedCollections } from '../syndication/shape/syndicatedCollections'
import { mediaIdsIn } from './mediaReferences'
import { localesOf } from './publishedUsesOfMedia'

/**
 * Every image a published page shows (page image, SEO image, rich text, in any locale), read from
 * the published documents themselves: the same walk as publishedUsesOfMedia, for all images at once.
 */
async function readPublishedMediaIds(payload: Payload): Promise<Set<string>> {
  const ids = new Set<string>()
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
      })
      for (const doc of docs) for (const id of mediaIdsIn(fields, doc)) ids.add(id)
    }
  }
  return ids
}

/** Kept until the next content write: it is asked for on every anonymous media read. */
export const publishedMediaIds = (payload: Payload): Promise<Set<string>> =>
  untilNextContentWrite(payload, 'publishedMediaIds', () => readPublishedMediaIds(payload))
