import type { SyndicatedCollection } from './syndicatedCollections'
import { documentTypes, titleFields } from './syndicatedCollections'
import { codeSystemInfo, isCodeSystem } from '../../clinical/codes'
import {
  conditionOffLabelNotice,
  faqOffLabelNotice,
  procedureOffLabelNotice,
} from '../../clinical/offLabel'
import type {
  AftercareStepContent,
  ConditionContent,
  Duration,
  FaqContent,
  ProcedureContent,
  Reference,
} from './contentSchema'
import { toSyndicatedRichText } from './richText'

export type { Duration, Reference } from './contentSchema'

/**
 * The stable, documented shape of each syndicated document's content. It is built field by field
 * from Payload's document, so a new field in the admin never reaches partners by accident, and a
 * renamed one breaks shape.test.ts instead of a partner's site. Each shaper must return the type
 * its definition in contentSchema.ts gives, so the shaper and the documentation cannot disagree.
 */
type Doc = Record<string, unknown>

export type SyndicatedContent = {
  id: string
  type: string
  slug: string
  locale: string
  title: string
  content: Record<string, unknown>
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim().length > 0 ? value : null

const number = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** One of the documented values, or null: a value the documentation does not list never leaves. */
const oneOf = <Value extends string>(value: unknown, allowed: readonly Value[]): Value | null =>
  allowed.includes(value as Value) ? (value as Value) : null

const group = (value: unknown): Doc => (value && typeof value === 'object' ? (value as Doc) : {})

export function duration(value: unknown): Duration | null {
  const raw = group(value)
  const shaped: Duration = {
    min: number(raw.min),
    max: number(raw.max),
    unit: text(raw.unit),
    wording: text(raw.wording),
    isoMin: text(raw.isoMin),
    isoMax: text(raw.isoMax),
  }
  return Object.values(shaped).every((item) => item === null) ? null : shaped
}

/**
 * A related document as a reference, only when it is itself published: a relation to a draft must
 * not leak the draft's existence or title.
 */
function reference(value: unknown, titleField: string): Reference | null {
  if (!value || typeof value !== 'object') return null
  const related = value as Doc
  if (related._status !== 'published') return null
  const slug = text(related.slug)
  const title = text(related[titleField])
  if (!slug || !title) return null
  return { id: String(related.id), slug, title }
}

const references = (value: unknown, titleField: string): Reference[] =>
  Array.isArray(value)
    ? value.map((item) => reference(item, titleField)).filter((item) => item !== null)
    : []

const rows = (value: unknown): Doc[] =>
  Array.isArray(value)
    ? value.filter((row): row is Doc => Boolean(row && typeof row === 'object'))
    : []

type ConditionCode = ConditionContent['codes'][number]

/** A condition's codes, each with its system's name and HL7 OID. */
const codes = (value: unknown): ConditionCode[] =>
  rows(value)
    .filter((row) => isCodeSystem(row.system) && text(row.code))
    .map((row) => {
      const system = codeSystemInfo[row.system as 'icd10cm']
      return {
        // codeSystemInfo (src/clinical/codes.ts) holds exactly the two documented systems.
        system: system.label as ConditionCode['system'],
        systemOid: system.oid as ConditionCode['systemOid'],
        code: String(row.code),
        display: text(row.display),
        status: row.status === 'confirmed' ? 'confirmed' : 'proposed',
      }
    })

/** Where an outside fact came from, and whether a reviewer has confirmed it yet. */
const citedAddition = (value: Doc) => ({
  provenance: text(value.provenance),
  citation: text(value.citation),
  needsReviewerConfirmation: value.needsReviewerConfirmation !== false,
})

const regulatory = (value: unknown) => {
  const raw = group(value)
  const label = group(raw.label)
  return {
    label: {
      title: text(label.title),
      publisher: text(label.publisher),
      url: text(label.url),
      revisionDate: text(label.revisionDate),
    },
    approvedIndications: rows(raw.approvedIndications)
      .map((row) => text(row.indication))
      .filter((item): item is string => item !== null),
    offLabelNotice: text(raw.offLabelNotice),
    ...citedAddition(raw),
  }
}

const safetyInformation = (value: unknown) => {
  const raw = group(value)
  return {
    boxedWarning: text(raw.boxedWarning),
    contraindications: rows(raw.contraindications)
      .map((row) => text(row.contraindication))
      .filter((item): item is string => item !== null),
    ...citedAddition(raw),
  }
}

type ContentOf = {
  conditions: ConditionContent
  procedures: ProcedureContent
  'aftercare-steps': AftercareStepContent
  faqs: FaqContent
}

const shapers: { [Collection in SyndicatedCollection]: (doc: Doc) => ContentOf[Collection] } = {
  conditions: (doc) => ({
    name: text(doc.name),
    alternateNames: texts(doc.alternateNames),
    summary: text(doc.summary),
    body: toSyndicatedRichText(doc.body),
    symptoms: texts(doc.symptoms),
    causes: texts(doc.causes),
    howTreatmentHelps: text(doc.howTreatmentHelps),
    targetAreas: texts(doc.targetAreas),
    complementaryTherapies: (Array.isArray(doc.complementaryTherapies)
      ? (doc.complementaryTherapies as Doc[])
      : []
    ).map((item) => ({ therapy: text(item.therapy), whenUsed: text(item.whenUsed) })),
    expectedRelief: duration(doc.expectedRelief),
    indication: {
      status: oneOf(group(doc.indication).status, ['approved', 'off-label'] as const) ?? 'unknown',
      note: text(group(doc.indication).note),
      reference: text(group(doc.indication).reference),
      provenance: text(group(doc.indication).provenance),
      needsReviewerConfirmation: group(doc.indication).needsReviewerConfirmation !== false,
    },
    offLabelNotice: conditionOffLabelNotice(doc),
    codes: codes(doc.codes),
  }),
  procedures: (doc) => ({
    name: text(doc.name),
    summary: text(doc.summary),
    body: toSyndicatedRichText(doc.body),
    drug: text(doc.drug),
    offLabelNotice: procedureOffLabelNotice(doc),
    regulatory: regulatory(doc.regulatory),
    safetyInformation: safetyInformation(doc.safetyInformation),
    mechanism: text(doc.mechanism),
    technique: text(doc.technique),
    sensation: text(doc.sensation),
    onset: duration(doc.onset),
    fullEffect: duration(doc.fullEffect),
    reliefDurations: (Array.isArray(doc.reliefDurations) ? (doc.reliefDurations as Doc[]) : []).map(
      (item) => ({ duration: duration(item.duration), attribution: text(item.attribution) }),
    ),
    retreatmentInterval: duration(doc.retreatmentInterval),
    retreatmentNote: text(doc.retreatmentNote),
    downtime: {
      required: group(doc.downtime).required === true,
      note: text(group(doc.downtime).note),
    },
    administeredBy: text(doc.administeredBy),
    safetyNote: text(doc.safetyNote),
    insuranceNote: text(doc.insuranceNote),
    conditionsTreated: references(doc.conditionsTreated, titleFields.conditions),
  }),
  'aftercare-steps': (doc) => ({
    title: text(doc.title),
    procedure: reference(doc.procedure, titleFields.procedures),
    order: number(doc.order),
    description: text(doc.description),
    timeframe: duration(doc.timeframe),
    likelihood: oneOf(doc.likelihood, ['common', 'rare'] as const),
    whatToDo: text(doc.whatToDo),
  }),
  faqs: (doc) => ({
    question: text(doc.question),
    answer: toSyndicatedRichText(doc.answer),
    order: number(doc.order),
    relatedConditions: references(doc.relatedConditions, titleFields.conditions),
    relatedProcedures: references(doc.relatedProcedures, titleFields.procedures),
    offLabelNotice: faqOffLabelNotice(doc),
  }),
}

/** A published Payload document (read at depth 1) in the syndication API's stable shape. */
export function shapeContent(
  collection: SyndicatedCollection,
  doc: Doc,
  locale: string,
): SyndicatedContent {
  return {
    id: String(doc.id),
    type: documentTypes[collection],
    slug: String(doc.slug),
    locale,
    title: text(doc[titleFields[collection]]) ?? String(doc.slug),
    content: shapers[collection](doc),
  }
}
