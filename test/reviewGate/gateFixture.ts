import type { Payload } from 'payload'
import { createLocalReq } from 'payload'
import sharp from 'sharp'

import { invalidationCount } from '../../src/cache/invalidation'
import { contentHash } from '../../src/syndication/shape/contentHash'
import { webhookQueue } from '../../src/syndication/services/webhookQueue'
import { reviewAllPublished } from '../helpers/review'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { createPartner } from '../helpers/syndication'
import { startWorkflowFixture, type WorkflowFixture } from '../workflow/workflowFixture'

export type GateFixture = WorkflowFixture & { admin: StaffMember }

/**
 * The workflow fixture with every seeded page reviewed (so partners receive it), an admin, and a
 * partner with a webhook URL, so a change would queue a delivery the tests can count. The jobs
 * runner is not started, so queued deliveries stay countable.
 */
export async function startGateFixture(): Promise<GateFixture> {
  const fx = await startWorkflowFixture()
  await reviewAllPublished(fx.server.payload)
  await createPartner(fx.server.payload, { webhookUrl: 'http://127.0.0.1:9/hooks/gate' })
  const admin = await signInAs(fx.server.payload, fx.server.baseUrl, 'admin')
  return { ...fx, admin }
}

/**
 * What a refused action must leave as it was: the stored document (all locales, published row and
 * latest version), the change log, the webhook queue and the public caches.
 */
export async function gateState(payload: Payload, collection: string, id: string | number) {
  const where = { id: { equals: id } }
  const stored = await payload.db.findOne({ collection, where, locale: 'all' } as never)
  // Collections without drafts (media) have no versions.
  const versioned = Boolean(payload.collections[collection as 'conditions']?.config.versions)
  const { docs: versions } = versioned
    ? await payload.db.findVersions({
        collection,
        where: { parent: { equals: id } },
        sort: '-updatedAt',
        limit: 1,
        locale: 'all',
      } as never)
    : { docs: [] }
  const count = async (slug: string, filter = {}) =>
    (await payload.count({ collection: slug as never, where: filter, overrideAccess: true }))
      .totalDocs
  return {
    documentHash: contentHash(stored ?? null),
    latestVersionHash: contentHash(versions[0] ?? null),
    changeLogEvents: await count('syndication-events'),
    queuedWebhooks: await count('payload-jobs', { queue: { equals: webhookQueue } }),
    cacheInvalidations: invalidationCount(),
  }
}

/** A request as the admin's server functions receive it: the signed-in user attached. */
export const adminRequest = (payload: Payload, member: StaffMember) =>
  createLocalReq({ user: { ...(member.user as object), collection: 'users' } as never }, payload)

/** Calls Payload's own "Schedule publish" server function, as the admin's drawer does. */
export async function scheduleThroughAdmin(
  payload: Payload,
  member: StaffMember,
  args: Record<string, unknown>,
) {
  const { schedulePublishHandler } = await import('@payloadcms/ui/utilities/schedulePublishHandler')
  return schedulePublishHandler({ ...args, req: await adminRequest(payload, member) } as never)
}

/** Scheduled publish jobs that have not run yet for a document. */
export async function pendingSchedules(payload: Payload, collection: string, id: string | number) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { completedAt: { exists: false } },
        { 'input.doc.value': { equals: String(id) } },
      ],
    },
    overrideAccess: true,
    pagination: false,
  })
  return docs.filter(
    (job) => (job.input as { doc?: { relationTo?: string } })?.doc?.relationTo === collection,
  )
}

/** A small PNG upload as the admin's upload field sends it. */
export async function uploadImage(
  baseUrl: string,
  member: StaffMember,
  alt: string,
  colour = '#7aa',
) {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: colour } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${alt}.png`)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    body: form,
    headers: bearer(member),
  })
  return { status: response.status, body: (await response.json()) as any }
}

/** Replaces a media file (PATCH with a new upload). */
export async function replaceImage(baseUrl: string, member: StaffMember, id: string | number) {
  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#a77' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'replacement.png')
  form.append('_payload', JSON.stringify({}))
  const response = await fetch(`${baseUrl}/api/media/${id}`, {
    method: 'PATCH',
    body: form,
    headers: bearer(member),
  })
  return { status: response.status, body: (await response.json()) as any }
}
