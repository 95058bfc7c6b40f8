/**
 * Seeds the benchmark's own database: the real source content (npm run seed's documents), then
 * SYNTHETIC conditions and FAQs up to the counts asked for, clearly marked as generated
 * ("[Synthetic]" in every title, `synthetic-` slugs, provenance "synthetic benchmark data").
 *   DATABASE_URL=… tsx bench/seedScale.ts <conditions> <faqs>
 * Synthetic rows are written through the database adapter in batched transactions, skipping
 * Payload's hooks and version history: 20,000 documents through the full Local API would take
 * minutes, and the benchmark reads only published documents.
 */
import { SingleBar } from 'cli-progress'

process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const [targetConditions, targetFaqs] = process.argv.slice(2).map(Number)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { runSeed } = await import('../src/seed/runSeed')
const { richText } = await import('../src/seed/lexical')

const payload = await getPayload({ config })
if ((await payload.count({ collection: 'conditions', overrideAccess: true })).totalDocs === 0) {
  await runSeed(payload)
}

const defaultLocale = payload.config.localization ? payload.config.localization.defaultLocale : ''
/** The adapter stores localized fields per locale: `{ en: value }`. */
const localized = <T>(value: T) => (defaultLocale ? { [defaultLocale]: value } : value)
const provenance = { sourceDocument: 'synthetic benchmark data', sourceSection: 'generated' }
const batchSize = 500

async function fill(
  collection: 'conditions' | 'faqs',
  target: number,
  build: (index: number) => Record<string, unknown>,
) {
  const existing = (await payload.count({ collection, overrideAccess: true })).totalDocs
  if (existing >= target) return
  const bar = new SingleBar({
    format: `  synthetic ${collection.padEnd(10)} [{bar}] {value}/{total} {eta}s left`,
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 5000,
  })
  bar.start(target, existing)
  for (let start = existing; start < target; start += batchSize) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { payload, transactionID, locale: defaultLocale || undefined } as never
    const end = Math.min(target, start + batchSize)
    for (let index = start; index < end; index += 1) {
      await payload.db.create({ collection, data: build(index), req, returning: false })
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
    bar.update(end)
  }
  bar.stop()
}

const number = (index: number) => String(index).padStart(5, '0')
const now = () => new Date().toISOString()

await fill('conditions', targetConditions, (index) => ({
  name: localized(`[Synthetic] Condition ${number(index)}`),
  summary: localized(
    `[Synthetic] Generated for the benchmark, not clinical content. Number ${number(index)}.`,
  ),
  symptoms: localized([`synthetic symptom ${index % 17}`]),
  indication: { status: 'unknown' },
  slug: `synthetic-condition-${number(index)}`,
  provenance,
  _status: 'published',
  createdAt: now(),
  updatedAt: now(),
}))

await fill('faqs', targetFaqs, (index) => ({
  question: localized(`[Synthetic] Question ${number(index)}?`),
  answer: localized(richText('[Synthetic] Generated for the benchmark, not clinical advice.')),
  order: 1000 + index,
  slug: `synthetic-question-${number(index)}`,
  provenance,
  _status: 'published',
  createdAt: now(),
  updatedAt: now(),
}))

const counts = {
  conditions: (await payload.count({ collection: 'conditions', overrideAccess: true })).totalDocs,
  faqs: (await payload.count({ collection: 'faqs', overrideAccess: true })).totalDocs,
}
process.stdout.write(`${JSON.stringify({ seeded: counts })}\n`)
await payload.destroy()
process.exit(0)
