import type { Payload } from 'payload'

import { sharedResponseStore } from '../cache/responseStore'
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

type Remembered = { generation: number; ids: Promise<Set<string>> }
const rememberedByPayload = new WeakMap<Payload, Remembered>()

/**
 * The set is asked for on every anonymous media read, so it is kept until the next content write.
 * Every write to a page or an image bumps the response cache's generation (src/cache/invalidation),
 * at its start and again at its commit, so a set read before the commit is never used after it.
 */
export function publishedMediaIds(payload: Payload): Promise<Set<string>> {
  const generation = sharedResponseStore().currentGeneration()
  const remembered = rememberedByPayload.get(payload)
  if (remembered && remembered.generation === generation) return remembered.ids
  const ids = readPublishedMediaIds(payload)
  rememberedByPayload.set(payload, { generation, ids })
  // A failed read (the database away) must not be remembered.
  ids.catch(() => {
    if (rememberedByPayload.get(payload)?.ids === ids) rememberedByPayload.delete(payload)
  })
  return ids
}
