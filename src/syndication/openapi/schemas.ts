import { changeKinds } from '../shape/changeDecision'
import { contentJsonSchemas } from '../shape/contentSchema'
import { syndicatedCollections } from '../shape/syndicatedCollections'
import { problemTypes, problemTypeUri } from '../shape/problem'

/**
 * JSON Schema 2020-12 (OpenAPI 3.1) for every body the syndication API sends. The documents, their
 * content, envelope and lists come from their one definition in shape/contentSchema.ts.
 */
type Schema = Record<string, unknown>

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const dateTime = { type: 'string', format: 'date-time' }

const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
})

const changeEventProperties: Record<string, Schema> = {
  sequence: { type: 'integer', minimum: 1 },
  cursor: { type: 'string', description: 'Resume right after this event with ?since=<cursor>.' },
  kind: { type: 'string', enum: [...changeKinds] },
  tombstone: { type: 'boolean', description: 'True for unpublished and deleted.' },
  withdrawn: { type: 'boolean', description: 'True when you must take the text down.' },
  type: { type: 'string', enum: ['condition', 'procedure', 'aftercare-step', 'faq'] },
  collection: { type: 'string', enum: [...syndicatedCollections] },
  id: string,
  slug: string,
  title: {
    ...nullableString,
    description: 'The title in the first locale the key is scoped to.',
  },
  version: { type: 'integer', minimum: 0 },
  contentHashes: {
    anyOf: [{ type: 'object', additionalProperties: string }, { type: 'null' }],
    description: 'Content hash per locale the key is scoped to; null on tombstones.',
  },
  occurredAt: dateTime,
  apiUrl: { ...nullableString, description: 'Where to fetch the new text; null on tombstones.' },
}

/** The changes feeds add the document's off-label notice; webhook bodies do not carry it. */
const feedEventProperties: Record<string, Schema> = {
  ...changeEventProperties,
  offLabelNotice: {
    ...nullableString,
    description:
      'The off-label notice the document carries now (conditions, procedures, FAQ answers that mention approval); show it with the item. Null when there is none and on tombstones.',
  },
}

export const schemas: Record<string, Schema> = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details. Switch on `type`; it never changes.',
    properties: {
      type: {
        type: 'string',
        enum: Object.keys(problemTypes).map((key) => problemTypeUri(key as never)),
      },
      title: string,
      status: { type: 'integer', minimum: 400, maximum: 599 },
      detail: string,
      instance: string,
    },
    required: ['type', 'title', 'status', 'detail'],
  },
  ...contentJsonSchemas(),
  JsonLd: {
    type: 'object',
    description:
      'schema.org JSON-LD: MedicalWebPage (about a MedicalCondition, TherapeuticProcedure or HowToStep), FAQPage, or a @graph of them.',
    properties: { '@context': { const: 'https://schema.org' } },
    required: ['@context'],
    anyOf: [{ required: ['@type'] }, { required: ['@graph'] }],
  },
  ChangeEvent: object(feedEventProperties),
  ChangesPage: object({
    events: { type: 'array', items: ref('ChangeEvent') },
    nextCursor: { type: 'string', description: 'Always present: store it and ask again with it.' },
    hasMore: { type: 'boolean' },
    links: object({ self: string, next: string }),
  }),
  JsonFeed: {
    type: 'object',
    description: 'JSON Feed 1.1; each item has `_syndication`, the same ChangeEvent.',
    properties: {
      version: { const: 'https://jsonfeed.org/version/1' },
      title: string,
      items: {
        type: 'array',
        items: {
          type: 'object',
          properties: { id: string, _syndication: ref('ChangeEvent') },
          required: ['id', '_syndication'],
        },
      },
    },
    required: ['version', 'title', 'items'],
  },
  WebhookBody: object({
    type: {
      type: 'string',
      enum: [
        'content.published',
        'content.updated',
        'content.reviewed',
        'content.unpublished',
        'content.deleted',
      ],
    },
    timestamp: dateTime,
    data: object({ ...changeEventProperties, action: { enum: ['refresh', 'take-down'] } }),
  }),
}
