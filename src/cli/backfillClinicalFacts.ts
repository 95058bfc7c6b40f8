/**
 * `npx tsx src/cli/backfillClinicalFacts.ts`: once, after upgrading an install seeded before
 * issue 10, adds the seed's codes, indication citations, regulatory status and safety information
 * to the documents that lack them, as drafts in review (src/clinical/backfill). Publishes nothing.
 */
import { loadProductionRuntime } from '../config'

loadProductionRuntime()
// Imported only now: Payload (and React, through the editor) read NODE_ENV when they load.
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { backfillClinicalFacts } = await import('../clinical/backfill/backfillClinicalFacts')

const payload = await getPayload({ config })
try {
  const report = await backfillClinicalFacts(payload, (line) => console.log(line))
  const drafted = report.filter(({ outcome }) => outcome === 'drafted').length
  console.log(
    drafted > 0
      ? `${drafted} document(s) wait in review: a reviewer checks the added facts against the current label, unticks "needs reviewer confirmation" and publishes.`
      : 'Nothing to add.',
  )
} finally {
  await payload.destroy()
}
process.exit(0)
