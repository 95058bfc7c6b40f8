import type { FAQPage, MedicalWebPage, WithContext } from 'schema-dts'

import {
  faqPage,
  graph,
  howToStep,
  medicalCondition,
  medicalWebPage,
  therapeuticProcedure,
  type AftercareStepFacts,
  type CodeFacts,
  type PageFacts,
  type QuestionFacts,
} from '../../schemaOrg'
import type { SyndicatedDocument } from './envelope'
import type { SyndicatedRichText } from './richText'

/**
 * The syndicated documents as schema.org JSON-LD. The builders live in src/schemaOrg, shared with
 * the website; this file only reads a syndicated document's envelope and content into their facts.
 */
type Content = Record<string, unknown>

const texts = (value: unknown) => (value as string[] | undefined) ?? []
const text = (value: unknown) => (value as string | null | undefined) ?? null

/** The page facts of a document: its canonical page on the clinic's site, review and licence. */
const page = (doc: SyndicatedDocument): PageFacts => {
  const { envelope } = doc
  return {
    url: envelope.canonicalUrl,
    name: doc.title,
    locale: doc.locale,
    lastReviewed: envelope.lastReviewed,
    reviewerName: envelope.reviewedBy?.name,
    dateModified: envelope.updatedAt,
    publisher: envelope.publisher,
    reuse: {
      creditText: envelope.attribution.text,
      licenceUrl: envelope.licence.url,
      version: envelope.version,
    },
  }
}

function conditionPage(doc: SyndicatedDocument) {
  const content = doc.content as Content
  const entity = medicalCondition(
    {
      name: doc.title,
      alternateNames: texts(content.alternateNames),
      summary: text(content.summary),
      symptoms: texts(content.symptoms),
      causes: texts(content.causes),
      codes: content.codes as CodeFacts[] | undefined,
      offLabelNotice: text(content.offLabelNotice),
    },
    `${doc.envelope.canonicalUrl}#condition`,
  )
  return medicalWebPage(page(doc), { mainEntity: entity, about: entity })
}

type Safety = { boxedWarning: string | null; contraindications: string[] } | undefined

function procedurePage(doc: SyndicatedDocument) {
  const content = doc.content as Content
  const drug = text(content.drug)
  const safety = content.safetyInformation as Safety
  const entity = therapeuticProcedure(
    {
      name: doc.title,
      summary: text(content.summary),
      technique: text(content.technique),
      drug: drug
        ? {
            name: drug,
            boxedWarning: safety?.boxedWarning,
            contraindications: safety?.contraindications,
          }
        : null,
      followup: [text(content.retreatmentNote)],
      offLabelNotice: text(content.offLabelNotice),
    },
    `${doc.envelope.canonicalUrl}#procedure`,
  )
  return medicalWebPage(page(doc), { mainEntity: entity, about: entity })
}

function aftercareStepPage(doc: SyndicatedDocument) {
  const content = doc.content as Content
  const step = howToStep({
    title: doc.title,
    description: text(content.description),
    order: content.order as number | null,
    timeframe: content.timeframe as AftercareStepFacts['timeframe'],
  })
  return medicalWebPage(page(doc), { mainEntity: step })
}

const question = (doc: SyndicatedDocument): QuestionFacts => {
  const content = doc.content as Content
  return {
    question: doc.title,
    answerText: (content.answer as SyndicatedRichText | null)?.text ?? '',
    offLabelNotice: text(content.offLabelNotice),
    lastReviewed: doc.envelope.lastReviewed,
    reviewerName: doc.envelope.reviewedBy?.name,
  }
}

/** An FAQPage with one Question per FAQ; a single FAQ is a page of one question. */
export function faqsToJsonLd(docs: SyndicatedDocument[], url: string): WithContext<FAQPage> {
  const first = docs[0]
  return faqPage(
    {
      url,
      name: docs.length === 1 ? first.title : undefined,
      locale: first?.locale ?? 'en',
      publisher: first?.envelope.publisher,
    },
    docs.map(question),
  )
}

/** schema.org JSON-LD for one document: a MedicalWebPage about its condition, procedure or step. */
export function toJsonLd(doc: SyndicatedDocument): WithContext<MedicalWebPage | FAQPage> {
  switch (doc.type) {
    case 'condition':
      return conditionPage(doc)
    case 'procedure':
      return procedurePage(doc)
    case 'aftercare-step':
      return aftercareStepPage(doc)
    default:
      return faqsToJsonLd([doc], doc.envelope.canonicalUrl)
  }
}

/** A list as JSON-LD: FAQs as one FAQPage, anything else as a graph of pages. */
export function listToJsonLd(type: string, docs: SyndicatedDocument[], listUrl: string) {
  if (type === 'faq') return faqsToJsonLd(docs, listUrl)
  return graph(docs.map(toJsonLd))
}
