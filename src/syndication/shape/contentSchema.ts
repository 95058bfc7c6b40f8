import { z } from 'zod'

import { syndicationRegistry as contentRegistry } from './schemaRegistry'

/**
 * The one definition of what partners receive for a document: its content per type, the envelope
 * around it, and the lists. The TypeScript types below, the OpenAPI components
 * (src/syndication/openapi/schemas.ts) and the tests' response validation all come from it, so
 * the shaper, the documentation and the checks cannot drift apart. Changes, feeds, webhooks,
 * problems and JSON-LD are defined beside it (eventSchema.ts, feedSchema.ts, problem.ts,
 * jsonLdSchema.ts) in the same registry.
 */

const nullableString = z.string().nullable()
const strings = z.array(z.string())
const dateTime = z.iso.datetime()

export const durationSchema = z
  .strictObject({
    min: z.number().nullable(),
    max: z.number().nullable(),
    unit: nullableString,
    wording: nullableString.describe('The source’s own words, e.g. "3 to 6 months".'),
    isoMin: nullableString.describe('ISO 8601 duration, e.g. P3M.'),
    isoMax: nullableString,
  })
  .describe('A span of time as numbers, as ISO 8601 durations and in words.')
  .nullable()
  .register(contentRegistry, { id: 'Duration' })

export const richTextSchema = z
  .strictObject({
    html: z.string().describe('Sanitised, embeddable HTML.'),
    text: z.string(),
  })
  .describe('Rich text as sanitised HTML and as plain text.')
  .nullable()
  .register(contentRegistry, { id: 'RichText' })

export const referenceSchema = z
  .strictObject({ id: z.string(), slug: z.string(), title: z.string() })
  .describe('A published related document.')
  .register(contentRegistry, { id: 'Reference' })

export const licenceSchema = z
  .strictObject({ name: z.string(), url: nullableString, terms: z.string() })
  .register(contentRegistry, { id: 'Licence' })

export const reviewStatuses = ['current', 'due', 'overdue', 'not-reviewed'] as const

export const envelopeSchema = z
  .strictObject({
    canonicalUrl: z.url().describe('Link here when you republish.'),
    apiUrl: z.url(),
    publisher: z.strictObject({ name: z.string(), url: z.string() }),
    attribution: z
      .strictObject({ text: z.string(), html: z.string() })
      .describe('You must show this with the content, unaltered.'),
    disclaimer: nullableString,
    licence: licenceSchema,
    lastReviewed: dateTime.nullable().describe('When a clinician last reviewed it.'),
    nextReviewDue: dateTime.nullable(),
    reviewedBy: z.strictObject({ name: z.string() }).nullable(),
    reviewStatus: z
      .enum(reviewStatuses)
      .describe(
        'Where the clinical review stands: current, due within 30 days, overdue, or not-reviewed (only for partners who chose to include content no clinician has reviewed yet).',
      ),
    version: z.int().min(1).describe('Goes up by one with each published change.'),
    contentHash: z
      .string()
      .regex(/^sha256-[A-Za-z0-9_-]{43}$/)
      .describe(
        'Hash of id, type, slug, locale, title and content: compare to skip unchanged documents.',
      ),
    updatedAt: dateTime.nullable(),
  })
  .describe('What every document carries besides its content.')
  .register(contentRegistry, { id: 'Envelope' })

/** Outside facts (not from the clinic's source) say where they come from. */
const citedAddition = {
  provenance: nullableString,
  citation: nullableString,
  needsReviewerConfirmation: z.boolean(),
}

export const conditionContentSchema = z
  .strictObject({
    name: nullableString,
    alternateNames: strings,
    summary: nullableString,
    body: richTextSchema,
    symptoms: strings,
    causes: strings,
    howTreatmentHelps: nullableString,
    targetAreas: strings,
    complementaryTherapies: z.array(
      z.strictObject({ therapy: nullableString, whenUsed: nullableString }),
    ),
    expectedRelief: durationSchema,
    indication: z.strictObject({
      status: z.enum(['approved', 'off-label', 'unknown']),
      note: nullableString,
      reference: nullableString,
      provenance: nullableString,
      needsReviewerConfirmation: z.boolean(),
    }),
    offLabelNotice: nullableString.describe(
      'Show it with the condition whenever it is set: the drug is not approved for it.',
    ),
    codes: z.array(
      z.strictObject({
        system: z.enum(['ICD-10-CM', 'SNOMED CT']),
        systemOid: z.enum(['2.16.840.1.113883.6.90', '2.16.840.1.113883.6.96']),
        code: z.string(),
        display: nullableString,
        status: z.enum(['proposed', 'confirmed']),
      }),
    ),
  })
  .register(contentRegistry, { id: 'ConditionContent' })

export const procedureContentSchema = z
  .strictObject({
    name: nullableString,
    summary: nullableString,
    body: richTextSchema,
    drug: nullableString,
    offLabelNotice: nullableString.describe(
      'Show it with the procedure: which of its uses are off-label.',
    ),
    regulatory: z.strictObject({
      label: z.strictObject({
        title: nullableString,
        publisher: nullableString,
        url: nullableString,
        revisionDate: nullableString,
      }),
      approvedIndications: strings,
      offLabelNotice: nullableString,
      ...citedAddition,
    }),
    safetyInformation: z
      .strictObject({ boxedWarning: nullableString, contraindications: strings, ...citedAddition })
      .describe(
        'Show it with the procedure: the label’s boxed warning and contraindications in plain words.',
      ),
    mechanism: nullableString,
    technique: nullableString,
    sensation: nullableString,
    onset: durationSchema,
    fullEffect: durationSchema,
    reliefDurations: z.array(
      z.strictObject({ duration: durationSchema, attribution: nullableString }),
    ),
    retreatmentInterval: durationSchema,
    retreatmentNote: nullableString,
    downtime: z.strictObject({ required: z.boolean(), note: nullableString }),
    administeredBy: nullableString,
    safetyNote: nullableString,
    insuranceNote: nullableString,
    conditionsTreated: z.array(referenceSchema),
  })
  .register(contentRegistry, { id: 'ProcedureContent' })

export const aftercareStepContentSchema = z
  .strictObject({
    title: nullableString,
    procedure: referenceSchema.nullable(),
    order: z.number().nullable(),
    description: nullableString,
    timeframe: durationSchema,
    likelihood: z.enum(['common', 'rare']).nullable(),
    whatToDo: nullableString,
  })
  .register(contentRegistry, { id: 'AftercareStepContent' })

export const faqContentSchema = z
  .strictObject({
    question: nullableString,
    answer: richTextSchema,
    order: z.number().nullable(),
    relatedConditions: z.array(referenceSchema),
    relatedProcedures: z.array(referenceSchema),
    offLabelNotice: nullableString.describe(
      'Set when the answer speaks of approval: show it with the answer.',
    ),
  })
  .register(contentRegistry, { id: 'FaqContent' })

const documentSchema = <Type extends string, Content extends z.ZodType>(
  type: Type,
  content: Content,
  id: string,
  description: string,
) =>
  z
    .strictObject({
      id: z.string().describe('Stable ID of the document in this CMS.'),
      type: z.literal(type),
      slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
      locale: z.string(),
      title: z.string(),
      content,
      envelope: envelopeSchema,
    })
    .describe(description)
    .register(contentRegistry, { id })

export const conditionSchema = documentSchema(
  'condition',
  conditionContentSchema,
  'Condition',
  'A condition the clinic treats.',
)
export const procedureSchema = documentSchema(
  'procedure',
  procedureContentSchema,
  'Procedure',
  'A treatment the clinic performs.',
)
export const aftercareStepSchema = documentSchema(
  'aftercare-step',
  aftercareStepContentSchema,
  'AftercareStep',
  'What to expect after a procedure.',
)
export const faqSchema = documentSchema(
  'faq',
  faqContentSchema,
  'Faq',
  'A question patients ask, with the answer.',
)

const listSchema = <Collection extends string, Item extends z.ZodType>(
  collection: Collection,
  item: Item,
  id: string,
) =>
  z
    .strictObject({
      collection: z.literal(collection),
      locale: z.string(),
      items: z.array(item),
      nextCursor: nullableString.describe(
        'Give as `cursor` for the next page; null on the last page.',
      ),
      links: z.strictObject({ self: z.string(), next: nullableString }),
    })
    .register(contentRegistry, { id })

export const conditionListSchema = listSchema('conditions', conditionSchema, 'ConditionList')
export const procedureListSchema = listSchema('procedures', procedureSchema, 'ProcedureList')
export const aftercareStepListSchema = listSchema(
  'aftercare-steps',
  aftercareStepSchema,
  'AftercareStepList',
)
export const faqListSchema = listSchema('faqs', faqSchema, 'FaqList')

export type Duration = NonNullable<z.infer<typeof durationSchema>>
export type SyndicatedRichText = NonNullable<z.infer<typeof richTextSchema>>
export type Reference = z.infer<typeof referenceSchema>
export type Licence = z.infer<typeof licenceSchema>
export type Envelope = z.infer<typeof envelopeSchema>
export type ConditionContent = z.infer<typeof conditionContentSchema>
export type ProcedureContent = z.infer<typeof procedureContentSchema>
export type AftercareStepContent = z.infer<typeof aftercareStepContentSchema>
export type FaqContent = z.infer<typeof faqContentSchema>

/** Each collection's document and list schema, for whoever checks what partners receive. */
export const syndicatedSchemas = {
  conditions: { document: conditionSchema, list: conditionListSchema },
  procedures: { document: procedureSchema, list: procedureListSchema },
  'aftercare-steps': { document: aftercareStepSchema, list: aftercareStepListSchema },
  faqs: { document: faqSchema, list: faqListSchema },
} as const
