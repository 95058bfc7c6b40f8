import type { Payload, PayloadRequest } from 'payload'

import type { SyndicatedCollection } from '../shape/syndicatedCollections'

export const webhookQueue = 'syndication'
export const webhookTask = 'deliverPartnerWebhook'

type EventRef = { id: string | number; documentCollection: SyndicatedCollection }

/**
 * Queues one delivery job per active partner with a webhook URL whose scope covers the changed
 * collection, in the save's transaction. Only queued here: the jobs runner sends them, so a slow or
 * dead receiver never holds up an editor's publish.
 */
export async function queueWebhooks(
  payload: Payload,
  event: EventRef,
  req?: PayloadRequest,
): Promise<number> {
  const { docs } = await payload.find({
    ...(req ? { req } : {}),
    collection: 'partners',
    where: {
      and: [
        { status: { equals: 'active' } },
        { 'webhook.url': { exists: true } },
        { 'webhook.url': { not_equals: '' } },
        { 'scopes.collections': { in: [event.documentCollection] } },
      ],
    },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const partner of docs) {
    await payload.jobs.queue({
      task: webhookTask as never,
      queue: webhookQueue,
      input: { partnerId: String(partner.id), eventId: String(event.id) } as never,
      ...(req ? { req } : {}),
    })
  }
  return docs.length
}
