import type { Payload } from 'payload'

import { contentFingerprint } from './fingerprint'
import type { SeedDocument, SlugReference } from './types'

export type SeedOutcome = 'created' | 'updated' | 'unchanged' | 'skipped'

export type SeedReport = { key: string; outcome: SeedOutcome; reason?: string }[]

type Logger = (line: string) => void

type Options = {
  sourceDocument: string
  documents: SeedDocument[]
  settings?: Record<string, unknown>
  log?: Logger
}

/**
 * Loads the seed documents: creates missing ones, updates those whose seed data changed, and never
 * overwrites a document someone changed in the CMS since it was seeded (its content no longer
 * matches the fingerprint recorded at seeding). Running it twice changes nothing.
 */
export async function seedContent(payload: Payload, options: Options): Promise<SeedReport> {
  const { documents, sourceDocument, settings, log = () => undefined } = options
  const report: SeedReport = []
  const total = documents.length + (settings ? 1 : 0)

  for (const [index, seed] of documents.entries()) {
    const key = `${seed.collection}/${seed.slug}`
    const result = await seedOne(payload, seed, sourceDocument)
    report.push({ key, ...result })
    log(
      `[${index + 1}/${total}] ${key}: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}`,
    )
  }

  if (settings) {
    const result = await seedSettings(payload, settings)
    report.push({ key: 'globals/clinic-settings', ...result })
    log(
      `[${total}/${total}] globals/clinic-settings: ${result.outcome}${result.reason ? ` (${result.reason})` : ''}`,
    )
  }
  return report
}

async function seedOne(
  payload: Payload,
  seed: SeedDocument,
  sourceDocument: string,
): Promise<{ outcome: SeedOutcome; reason?: string }> {
  const data = { ...seed.data, slug: seed.slug, ...(await resolveReferences(payload, seed)) }
  const seedHash = contentFingerprint(data)
  const provenance = { sourceDocument, sourceSection: seed.sourceSection, seedHash }

  const existing = await findBySlug(payload, seed.collection, seed.slug)
  if (!existing) {
    await payload.create({
      collection: seed.collection,
      data: { ...data, provenance, _status: 'published' } as never,
      overrideAccess: true,
    })
    return { outcome: 'created' }
  }

  const recorded = (existing.provenance as { seedHash?: string } | undefined)?.seedHash
  if (!recorded) return { outcome: 'skipped', reason: 'made in the CMS, not by the seed' }
  if (contentFingerprint(existing) !== recorded) {
    return { outcome: 'skipped', reason: 'changed in the CMS since it was seeded; left as it is' }
  }
  if (recorded === seedHash) return { outcome: 'unchanged' }

  await payload.update({
    collection: seed.collection,
    id: existing.id as string | number,
    data: { ...data, provenance, _status: 'published' } as never,
    overrideAccess: true,
  })
  return { outcome: 'updated', reason: 'seed data changed' }
}

/** The latest version, draft or published, so an editor's unpublished draft also counts as a change. */
async function findBySlug(payload: Payload, collection: SeedDocument['collection'], slug: string) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    draft: true,
    depth: 0,
    // Joins are back-references that change with other documents; they are not this one's content.
    joins: false as never,
    limit: 1,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] as unknown as Record<string, unknown> | undefined
}

async function resolveReferences(payload: Payload, seed: SeedDocument) {
  const resolved: Record<string, (string | number)[] | string | number> = {}
  for (const [field, reference] of Object.entries(seed.references ?? {})) {
    resolved[field] = Array.isArray(reference)
      ? await Promise.all(reference.map((item) => idOf(payload, item, seed)))
      : await idOf(payload, reference, seed)
  }
  return resolved
}

async function idOf(payload: Payload, reference: SlugReference, seed: SeedDocument) {
  const found = await findBySlug(payload, reference.collection, reference.slug)
  if (!found) {
    throw new Error(
      `${seed.collection}/${seed.slug} refers to ${reference.collection}/${reference.slug}, which is not seeded before it.`,
    )
  }
  return found.id as string | number
}

async function seedSettings(
  payload: Payload,
  settings: Record<string, unknown>,
): Promise<{ outcome: SeedOutcome; reason?: string }> {
  const current = await payload.findGlobal({ slug: 'clinic-settings', overrideAccess: true })
  if (current?.clinicName)
    return { outcome: 'unchanged', reason: 'already set; edit it in the admin' }
  await payload.updateGlobal({
    slug: 'clinic-settings',
    data: settings as never,
    overrideAccess: true,
  })
  return { outcome: 'created' }
}
