import type { Payload } from 'payload'

import { seedDocuments } from '../../../seed/index'
import { backfilledFields, planBackfill, type BackfillCollection } from './planBackfill'

export type BackfillOutcome = 'drafted' | 'complete' | 'not found'

export type BackfillReport = { key: string; outcome: BackfillOutcome; added: string[] }[]

const isBackfilled = (collection: string): collection is BackfillCollection =>
  collection in backfilledFields

/**
 * Adds the seed's clinical facts (codes, indication citations, regulatory status, safety
 * information) to the documents of an install seeded before they existed, which the seed itself
 * leaves alone once a document differs from what it seeded. Only empty fields are filled, on top
 * of the latest version (an editor's unpublished draft included), and saved as a draft "in
 * review": a reviewer checks and publishes it, so no unreviewed medical text goes live. Running it
 * again adds nothing.
 */
export async function backfillClinicalFacts(
  payload: Payload,
  log: (line: string) => void = () => undefined,
): Promise<BackfillReport> {
  const report: BackfillReport = []
  // The seed's facts are English: read and write the default locale, without fallback.
  const locale = (
    payload.config.localization ? payload.config.localization.defaultLocale : undefined
  ) as never
  for (const seed of seedDocuments) {
    if (!isBackfilled(seed.collection)) continue
    const key = `${seed.collection}/${seed.slug}`
    const { docs } = await payload.find({
      collection: seed.collection,
      where: { slug: { equals: seed.slug } },
      draft: true,
      depth: 0,
      limit: 1,
      locale,
      fallbackLocale: false,
      joins: false as never,
      overrideAccess: true,
    })
    const current = docs[0] as unknown as Record<string, unknown> | undefined
    if (!current) {
      report.push({ key, outcome: 'not found', added: [] })
      log(`${key}: not found (renamed or deleted?); add its clinical facts in the admin`)
      continue
    }
    const { data, added } = planBackfill(seed.collection, current, seed.data)
    if (added.length === 0) {
      report.push({ key, outcome: 'complete', added })
      log(`${key}: has every clinical fact already`)
      continue
    }
    await payload.update({
      collection: seed.collection,
      id: current.id as string | number,
      data: { ...data, workflowStatus: 'in-review', _status: 'draft' } as never,
      draft: true,
      locale,
      overrideAccess: true,
    })
    report.push({ key, outcome: 'drafted', added })
    log(`${key}: draft for review with ${added.join(', ')}`)
  }
  return report
}
