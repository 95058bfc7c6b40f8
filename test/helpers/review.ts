import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { syndicatedCollections } from '../../src/syndication/shape/syndicatedCollections'
import { sendJson } from './http'
import { bearer, type StaffMember } from './staff'

type Id = string | number
type Reviewer = { id: Id; collection: 'users'; roles: string[]; name?: string | null }

let sharedReviewer: Reviewer | undefined

/** A clinician reviewer account for Local API writes, made once per test file. */
export async function testReviewer(payload: Payload): Promise<Reviewer> {
  if (sharedReviewer) return sharedReviewer
  const created = await payload.create({
    collection: 'users',
    data: {
      email: `helper-reviewer-${randomBytes(4).toString('hex')}@clinic.test`,
      password: `pw-${randomBytes(8).toString('hex')}`,
      roles: ['reviewer'],
      name: 'Dr. Test Reviewer',
    },
    overrideAccess: true,
  })
  sharedReviewer = { ...(created as unknown as Reviewer), collection: 'users' }
  return sharedReviewer
}

/**
 * Publishes a document the way a clinician does (a review: sets lastReviewed and reviewerName), so
 * partners may receive it. Give a signed-in reviewer and a base URL to go over REST; otherwise the
 * Local API runs with access checks as a helper reviewer account.
 */
export async function reviewAndPublish(
  target: Payload | { baseUrl: string; reviewer: StaffMember },
  collection: string,
  id: Id,
  data: Record<string, unknown> = {},
): Promise<Record<string, any>> {
  if ('baseUrl' in target) {
    const publish = (extra: Record<string, unknown>) =>
      sendJson(
        'PATCH',
        `${target.baseUrl}/api/${collection}/${id}`,
        { ...data, ...extra, _status: 'published' },
        bearer(target.reviewer),
      )
    let { status, body } = await publish({})
    const open = body?.errors?.[0]?.data?.openFlags
    if (status === 409 && Array.isArray(open))
      ({ status, body } = await publish(acknowledging(open)))
    if (status !== 200)
      throw new Error(`review ${collection}/${id}: ${status} ${JSON.stringify(body)}`)
    return body.doc
  }
  const publish = async (extra: Record<string, unknown>) =>
    (await target.update({
      collection: collection as 'conditions',
      id,
      data: { ...data, ...extra, _status: 'published' } as never,
      overrideAccess: false,
      user: (await testReviewer(target)) as never,
    })) as unknown as Record<string, any>
  try {
    return await publish({})
  } catch (error) {
    const open = (error as { status?: number; data?: { openFlags?: unknown } }).data?.openFlags
    if ((error as { status?: number }).status !== 409 || !Array.isArray(open)) throw error
    return publish(acknowledging(open))
  }
}

/**
 * The claims check (issue 10) refuses to publish while a flagged phrase is open; the clinician
 * acknowledges the open flags the 409 lists, in the same publishing request. Tests of the claims
 * check itself publish without this helper. Owned by H1 (issue 8); H4 added this part.
 */
function acknowledging(openFlags: Record<string, unknown>[]) {
  return {
    claimFlags: openFlags.map(({ field, locale, kind, match, phrase }) => ({
      field,
      locale,
      kind,
      match,
      phrase,
      status: 'acknowledged',
    })),
  }
}

/**
 * Reviews every published treatment document that no clinician has reviewed yet (the seed
 * publishes without a review), so syndication tests have content partners may receive.
 */
export async function reviewAllPublished(payload: Payload): Promise<number> {
  let reviewed = 0
  for (const collection of syndicatedCollections) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ _status: { equals: 'published' } }, { lastReviewed: { exists: false } }] },
      pagination: false,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })
    for (const doc of docs as { id: Id }[]) {
      await reviewAndPublish(payload, collection, doc.id)
      reviewed++
    }
  }
  return reviewed
}

/**
 * A reviewer answers every open claim flag of a document's latest draft over REST (a draft save,
 * nothing goes live), e.g. before scheduling a publish. Added by H4 (issue 10).
 */
export async function acknowledgeClaimFlags(
  target: { baseUrl: string; reviewer: StaffMember },
  collection: string,
  id: Id,
): Promise<void> {
  const url = `${target.baseUrl}/api/${collection}/${id}`
  const read = await fetch(`${url}?draft=true&depth=0`, { headers: bearer(target.reviewer) })
  const flags = ((await read.json()) as { claimFlags?: { id: string; status: string }[] })
    .claimFlags
  const open = (flags ?? []).filter((flag) => flag.status === 'open')
  if (open.length === 0) return
  const { status, body } = await sendJson(
    'PATCH',
    `${url}?draft=true`,
    { claimFlags: open.map((flag) => ({ id: flag.id, status: 'acknowledged' })) },
    bearer(target.reviewer),
  )
  if (status !== 200)
    throw new Error(`acknowledge ${collection}/${id}: ${status} ${JSON.stringify(body)}`)
}
