/**
 * `npm run partner:key -- "<clinic name>"`: onboards a partner clinic from the command line. Makes
 * the partner (every collection, English and Spanish, standard tier) unless one has that name, and
 * issues it an API key, printed as the last line (Payload's own log lines may come before it).
 */
import { loadCommandRuntime } from '../config'

const name = process.argv.slice(2).join(' ').trim()
if (!name) {
  console.error('Usage: npm run partner:key -- "<clinic name>"')
  process.exit(2)
}

// Against the database `npm start` serves (production, migrated), unless the operator points it at a
// development one (`NODE_ENV=development`, as `npm run dev`), whose schema is pushed, not migrated.
loadCommandRuntime()
// Imported only now: Payload (and React, through the editor) read NODE_ENV when they load.
const { getPayload } = await import('payload')
const { default: config } = await import('../../payload.config')
const { issuePartnerKey } = await import('../syndication/services/partnerKeys')
const { parseKeyRequest } = await import('../syndication/shape/keyRequest')
const { syndicatedCollections } = await import('../syndication/shape/syndicatedCollections')

const payload = await getPayload({ config })
try {
  const { docs } = await payload.find({
    collection: 'partners',
    where: { name: { equals: name } },
    limit: 1,
    overrideAccess: true,
  })
  const partner =
    docs[0] ??
    (await payload.create({
      collection: 'partners',
      data: {
        name,
        status: 'active',
        rateLimitTier: 'standard',
        scopes: { collections: [...syndicatedCollections], locales: ['en', 'es'] },
      },
      overrideAccess: true,
    }))
  const request = parseKeyRequest({ label: 'issued from the command line' }, new Date())
  if (typeof request === 'string') throw new Error(request)
  const issued = await issuePartnerKey(payload, partner.id, request)
  console.log(
    `${docs[0] ? 'Partner' : 'New partner'} "${partner.name}" (id ${partner.id}): key ${issued.prefix}… issued. Store it now; it is not shown again.`,
  )
  // Last line of stdout, alone: `KEY=$(npm run --silent partner:key -- X | tail -n 1)`.
  console.log(issued.key)
} finally {
  await payload.destroy()
}
process.exit(0)
