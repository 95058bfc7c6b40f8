import type { Payload } from 'payload'

import { runSeed } from '../../src/seed/runSeed'

/** Seeds the source content quietly. */
export const seedSource = (payload: Payload) => runSeed(payload)

/** The first published FAQ of the seeded content, with its English question. */
export async function firstPublishedFaq(
  payload: Payload,
): Promise<{ id: string; question: string }> {
  const { docs } = await payload.find({
    collection: 'faqs',
    where: { _status: { equals: 'published' } },
    limit: 1,
    locale: 'en',
  })
  return { id: String(docs[0].id), question: docs[0].question as string }
}
