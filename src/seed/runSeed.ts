import type { Payload } from 'payload'

import { clinicSettings, seedDocuments } from '../../seed/index'
import { sourceDocument } from '../../seed/source'
import { seedContent, type SeedReport } from './seedContent'

/** Seeds the therapeutic Botox content and clinic settings, reporting each document's outcome. */
export async function runSeed(payload: Payload, log?: (line: string) => void): Promise<SeedReport> {
  log?.(`Seeding ${seedDocuments.length} documents from ${sourceDocument}`)
  const report = await seedContent(payload, {
    sourceDocument,
    documents: seedDocuments,
    settings: clinicSettings(),
    log,
  })
  const counts = report.reduce<Record<string, number>>((all, { outcome }) => {
    all[outcome] = (all[outcome] ?? 0) + 1
    return all
  }, {})
  log?.(
    `Seed finished: ${Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  )
  return report
}
