import { changeKinds } from '../shape/changeDecision'
import { syndicatedCollections } from '../shape/syndicatedCollections'
import { problemTypes, problemTypeUri } from '../shape/problem'

/** JSON Schema 2020-12 (OpenAPI 3.1) for every body the syndication API sends. */
type Schema = Record<string, unknown>

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })
const nullable = (schema: Schema): Schema => ({ anyOf: [schema, { type: 'null' }] })
const string = { type: 'string' }
const nullableString = { type: ['string', 'null'] }
const dateTime = { type: 'string', format: 'date-time' }
const strings = { type: 'array', items: string }

const object = (properties: Record<string, Schema>, description?: string): Schema => ({
  type: 'object',
  ...(description ? { description } : {}),
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
})

const documentSchema = (type: string, content: string, description: string): Schema => ({
  ...object({
    id: { type: 'string', description: 'Stable ID of the document in this CMS.' },
    type: { const: type },
    slug: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    locale: string,
    title: string,
    content: ref(content),
    envelope: ref('Envelope'),
  }),
  description,
})

const listSchema = (collection: string, item: string): Schema =>
  object({
    collection: { const: collection },
    locale: string,
    items: { type: 'array', items: ref(item) },
    nextCursor: {
      ...nullableString,
      description: 'Give as `cursor` for the next page; null on the last page.',
    },
    links: object({ self: string, next: nullableString }),
  })

/** Outside facts (not from the clinic's source) say where they come from. */
const citedAdditionProperties: Record<string, Schema> = {
  provenance: nullableString,
  citation: nullableString,
  needsReviewerConfirmation: { type: 'boolean' },
}

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
  RichText: nullable(
    object(
      { html: { type: 'string', description: 'Sanitised, embeddable HTML.' }, text: string },
      'Rich text as sanitised HTML and as plain text.',
    ),
  ),
  Duration: nullable(
    object(
      {
        min: { type: ['number', 'null'] },
        max: { type: ['number', 'null'] },
        unit: nullableString,
        wording: {
          ...nullableString,
          description: 'The source’s own words, e.g. "3 to 6 months".',
        },
        isoMin: { ...nullableString, description: 'ISO 8601 duration, e.g. P3M.' },
        isoMax: nullableString,
      },
      'A span of time as numbers, as ISO 8601 durations and in words.',
    ),
  ),
  Reference: object({ id: string, slug: string, title: string }, 'A published related document.'),
  Licence: object({ name: string, url: nullableString, terms: string }),
  Envelope: object(
    {
      canonicalUrl: { type: 'string', format: 'uri', description: 'Link here when you republish.' },
      apiUrl: { type: 'string', format: 'uri' },
      publisher: object({ name: string, url: string }),
      attribution: object(
        { text: string, html: string },
        'You must show this with the content, unaltered.',
      ),
      disclaimer: nullableString,
      licence: ref('Licence'),
      lastReviewed: { ...nullable(dateTime), description: 'When a clinician last reviewed it.' },
      nextReviewDue: nullable(dateTime),
      reviewedBy: nullable(object({ name: string })),
      reviewStatus: {
        type: 'string',
        enum: ['current', 'due', 'overdue', 'not-reviewed'],
        description:
          'Where the clinical review stands: current, due within 30 days, overdue, or not-reviewed (only for partners who chose to include content no clinician has reviewed yet).',
      },
      version: {
        type: 'integer',
        minimum: 1,
        description: 'Goes up by one with each published change.',
      },
      contentHash: {
        type: 'string',
        pattern: '^sha256-[A-Za-z0-9_-]{43}$',
        description:
          'Hash of id, type, slug, locale, title and content: compare to skip unchanged documents.',
      },
      updatedAt: nullable(dateTime),
    },
    'What every document carries besides its content.',
  ),
  ConditionContent: object({
    name: nullableString,
    alternateNames: strings,
    summary: nullableString,
    body: ref('RichText'),
    symptoms: strings,
    causes: strings,
    howTreatmentHelps: nullableString,
    targetAreas: strings,
    complementaryTherapies: {
      type: 'array',
      items: object({ therapy: nullableString, whenUsed: nullableString }),
    },
    expectedRelief: ref('Duration'),
    indication: object({
      status: { type: 'string', enum: ['approved', 'off-label', 'unknown'] },
      note: nullableString,
      reference: nullableString,
      provenance: nullableString,
      needsReviewerConfirmation: { type: 'boolean' },
    }),
    offLabelNotice: {
      ...nullableString,
      description:
        'Show it with the condition whenever it is set: the drug is not approved for it.',
    },
    codes: {
      type: 'array',
      items: object({
        system: { type: 'string', enum: ['ICD-10-CM', 'SNOMED CT'] },
        systemOid: { type: 'string', enum: ['2.16.840.1.113883.6.90', '2.16.840.1.113883.6.96'] },
        code: string,
        display: nullableString,
        status: { type: 'string', enum: ['proposed', 'confirmed'] },
      }),
    },
  }),
  ProcedureContent: object({
    name: nullableString,
    summary: nullableString,
    body: ref('RichText'),
    drug: nullableString,
    offLabelNotice: {
      ...nullableString,
      description: 'Show it with the procedure: which of its uses are off-label.',
    },
    regulatory: object({
      label: object({
        title: nullableString,
        publisher: nullableString,
        url: nullableString,
        revisionDate: nullableString,
      }),
      approvedIndications: strings,
      offLabelNotice: nullableString,
      ...citedAdditionProperties,
    }),
    safetyInformation: object(
      {
        boxedWarning: nullableString,
        contraindications: strings,
        ...citedAdditionProperties,
      },
      'Show it with the procedure: the label’s boxed warning and contraindications in plain words.',
    ),
    mechanism: nullableString,
    technique: nullableString,
    sensation: nullableString,
    onset: ref('Duration'),
    fullEffect: ref('Duration'),
    reliefDurations: {
      type: 'array',
      items: object({ duration: ref('Duration'), attribution: nullableString }),
    },
    retreatmentInterval: ref('Duration'),
    retreatmentNote: nullableString,
    downtime: object({ required: { type: 'boolean' }, note: nullableString }),
    administeredBy: nullableString,
    safetyNote: nullableString,
    insuranceNote: nullableString,
    conditionsTreated: { type: 'array', items: ref('Reference') },
  }),
  AftercareStepContent: object({
    title: nullableString,
    procedure: nullable(ref('Reference')),
    order: { type: ['number', 'null'] },
    description: nullableString,
    timeframe: ref('Duration'),
    likelihood: { enum: ['common', 'rare', null] },
    whatToDo: nullableString,
  }),
  FaqContent: object({
    question: nullableString,
    answer: ref('RichText'),
    order: { type: ['number', 'null'] },
    relatedConditions: { type: 'array', items: ref('Reference') },
    relatedProcedures: { type: 'array', items: ref('Reference') },
    offLabelNotice: {
      ...nullableString,
      description: 'Set when the answer speaks of approval: show it with the answer.',
    },
  }),
  Condition: documentSchema('condition', 'ConditionContent', 'A condition the clinic treats.'),
  Procedure: documentSchema('procedure', 'ProcedureContent', 'A treatment the clinic performs.'),
  AftercareStep: documentSchema(
    'aftercare-step',
    'AftercareStepContent',
    'What to expect after a procedure.',
  ),
  Faq: documentSchema('faq', 'FaqContent', 'A question patients ask, with the answer.'),
  ConditionList: listSchema('conditions', 'Condition'),
  ProcedureList: listSchema('procedures', 'Procedure'),
  AftercareStepList: listSchema('aftercare-steps', 'AftercareStep'),
  FaqList: listSchema('faqs', 'Faq'),
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
