/**
 * The benchmark's actors, made in its own database before any server starts: a reviewer account
 * (who publishes during the publish-under-load scenario) and a partner on the benchmark-only rate
 * limit tier with one API key. Writes `{ reviewer: { email, password }, partnerKey }` as JSON to the
 * file named by the first argument.
 *   DATABASE_URL=… tsx bench/setupActors.ts <out.json>
 * The tier is written through the database adapter, past the field's validation: no admin, API
 * call or configuration can choose it, and only the benchmark's server (bench/apiServer.ts) knows
 * it; any other server treats an unknown tier as the default one.
 */
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'

import { benchmarkTier } from './benchmarkTier'

process.env.PAYLOAD_SECRET ||= 'api-server-secret'
const [outFile] = process.argv.slice(2)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { issuePartnerKey } = await import('../src/syndication/services/partnerKeys')

const payload = await getPayload({ config })
const reviewer = {
  email: `bench-reviewer-${randomBytes(4).toString('hex')}@clinic.test`,
  password: `bench-${randomBytes(12).toString('hex')}`,
}
await payload.create({
  collection: 'users',
  data: { ...reviewer, roles: ['reviewer'], name: 'Dr. Benchmark Reviewer' },
  overrideAccess: true,
})
const partner = await payload.create({
  collection: 'partners',
  data: {
    name: 'Benchmark partner (never in production)',
    status: 'active',
    rateLimitTier: 'premium',
    includeUnreviewed: true,
    scopes: {
      collections: ['conditions', 'procedures', 'aftercare-steps', 'faqs'],
      locales: ['en'],
    },
  },
  overrideAccess: true,
})
await payload.db.updateOne({
  collection: 'partners',
  where: { id: { equals: partner.id } },
  data: { rateLimitTier: benchmarkTier.name },
  req: {} as never,
})
const { key } = await issuePartnerKey(payload, partner.id, {
  label: 'benchmark',
  expiresAt: null,
  rotate: false,
  overlapHours: 24,
})
writeFileSync(outFile, JSON.stringify({ reviewer, partnerKey: key }))
await payload.destroy()
process.exit(0)
