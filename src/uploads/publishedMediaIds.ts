import type { Payload } from 'payload'

import { untilNextContentWrite } from '../access/untilNextContentWrite'
import { publishedPagesWithImages } from './publishedUsesOfMedia'

/** Every image a published page shows (page image, SEO image, rich text, in any locale). */
async function readPublishedMediaIds(payload: Payload): Promise<Set<string>> {
  const ids = new Set<string>()
  for (const { imageIds } of await publishedPagesWithImages(payload)) {
    for (const id of imageIds) ids.add(id)
  }
  return ids
}

/** Kept until the next content write: it is asked for on every anonymous media read. */
export const publishedMediaIds = (payload: Payload): Promise<Set<string>> =>
  untilNextContentWrite(payload, 'publishedMediaIds', () => readPublishedMediaIds(payload))
