import type { Payload } from 'payload'

/** Whether some active partner listed this browser origin (a preflight names no partner). */
export async function isOriginOfActivePartner(payload: Payload, origin: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'partners',
    where: {
      and: [{ status: { equals: 'active' } }, { allowedOrigins: { in: [origin] } }],
    },
    overrideAccess: true,
  })
  return totalDocs > 0
}
