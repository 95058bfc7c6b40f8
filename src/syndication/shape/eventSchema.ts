import { z } from 'zod'

import { changeKinds } from './changeDecision'
import { syndicationRegistry } from './schemaRegistry'
import { syndicatedCollections } from './syndicatedCollections'

/**
 * A change as partners read it: in the changes list, in both feeds (`_syndication`) and in webhook
 * bodies. One definition for all three, registered for the OpenAPI document.
 */
const nullableString = z.string().nullable()

export const publicEventSchema = z.strictObject({
  sequence: z.int().min(1),
  cursor: z.string().describe('Resume right after this event with ?since=<cursor>.'),
  kind: z.enum(changeKinds),
  tombstone: z.boolean().describe('True for unpublished and deleted.'),
  withdrawn: z.boolean().describe('True when you must take the text down.'),
  type: z.enum(['condition', 'procedure', 'aftercare-step', 'faq']),
  collection: z.enum(syndicatedCollections),
  id: z.string(),
  slug: z.string(),
  title: nullableString.describe('The title in the first locale the key is scoped to.'),
  version: z.int().min(0),
  contentHashes: z
    .record(z.string(), z.string())
    .nullable()
    .describe('Content hash per locale the key is scoped to; null on tombstones.'),
  occurredAt: z.iso.datetime(),
  apiUrl: nullableString.describe('Where to fetch the new text; null on tombstones.'),
})

/** The changes list and the feeds add the document's off-label notice; webhook bodies do not. */
export const changeEventSchema = publicEventSchema
  .extend({
    offLabelNotice: nullableString.describe(
      'The off-label notice the document carries now (conditions, procedures, FAQ answers that mention approval); show it with the item. Null when there is none and on tombstones.',
    ),
  })
  .register(syndicationRegistry, { id: 'ChangeEvent' })

export const changesPageSchema = z
  .strictObject({
    events: z.array(changeEventSchema),
    nextCursor: z.string().describe('Always present: store it and ask again with it.'),
    hasMore: z.boolean(),
    links: z.strictObject({ self: z.string(), next: z.string() }),
  })
  .register(syndicationRegistry, { id: 'ChangesPage' })

export const webhookEventTypes = {
  created: 'content.published',
  updated: 'content.updated',
  reviewed: 'content.reviewed',
  unpublished: 'content.unpublished',
  deleted: 'content.deleted',
} as const satisfies Record<(typeof changeKinds)[number], string>

export const webhookBodySchema = z
  .strictObject({
    type: z.enum(webhookEventTypes),
    timestamp: z.iso.datetime(),
    data: publicEventSchema.extend({ action: z.enum(['refresh', 'take-down']) }),
  })
  .describe('The Standard Webhooks body: `type`, `timestamp`, `data`, plus what to do.')
  .register(syndicationRegistry, { id: 'WebhookBody' })

export type PublicEvent = z.infer<typeof publicEventSchema>
export type ChangeEventBody = z.infer<typeof changeEventSchema>
export type ChangesPage = z.infer<typeof changesPageSchema>
export type WebhookBody = z.infer<typeof webhookBodySchema>
