import type { Payload } from 'payload'

import { runSeed } from './runSeed'

/** Seeds the source content when the database holds no treatment content at all. */
export async function seedIfEmpty(payload: Payload, log: (line: string) => void): Promise<void> {
  const collections = ['conditions', 'procedures', 'aftercare-steps', 'faqs'] as const
  for (const collection of collections) {
    const { totalDocs } = await payload.count({ collection, overrideAccess: true })
    if (totalDocs > 0) return
  }
  log('The database is empty: seeding it from the source text.')
  await runSeed(payload, log)
}
