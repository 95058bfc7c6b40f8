import type { Payload } from 'payload'

import { serverUrl } from '../lib/serverUrl'

/** The addresses of everyone who reviews: clinicians with the reviewer role. */
export async function reviewerAddresses(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['reviewer'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return docs.map((user) => user.email).filter(Boolean)
}

/** Where a document opens in the admin. */
export const adminLink = (collection: string, id: string | number) =>
  `${serverUrl()}/admin/collections/${collection}/${id}`
