import type {
  FAQPage,
  MedicalCondition,
  MedicalWebPage,
  Question,
  TherapeuticProcedure,
  Thing,
  WithContext,
} from 'schema-dts'

import type { SyndicatedDocument } from './envelope'
import type { Duration } from './shape'

type Content = Record<string, unknown>
type RichText = { html: string; text: string } | null

const plain = (value: unknown) => (value as RichText)?.text ?? undefined
const maybe = <T>(value: T | null | undefined) => (value === null ? undefined : value)

/** A duration as ISO 8601, preferring the longest stated bound (schema.org takes one value). */
const isoDuration = (value: unknown) => {
  const span = value as Duration | null
  return span?.isoMax ?? span?.isoMin ?? undefined
}

const organisation = (doc: SyndicatedDocument) => ({
  '@type': 'MedicalOrganization' as const,
  name: doc.envelope.publisher.name,
  url: doc.envelope.publisher.url,
})

type Code = { system: string; code: string; display: string | null }
type Safety = { boxedWarning: string | null; contraindications: string[] } | undefined

/** schema.org's MedicalCode for each of a condition's codes, named by its coding system. */
const medicalCodes = (value: unknown) =>
  ((value as Code[] | undefined) ?? []).map((code) => ({
    '@type': 'MedicalCode' as const,
    codeValue: code.code,
    codingSystem: code.system,
    ...(code.display ? { name: code.display } : {}),
  }))

/** The off-label notice as the entity's disambiguating description, when there is one. */
const offLabel = (content: Content) =>
  typeof content.offLabelNotice === 'string'
    ? { disambiguatingDescription: content.offLabelNotice }
    : {}

/** The drug's boxed warning and contraindications as schema.org Drug `warning` texts. */
const drugWarnings = (content: Content) => {
  const info = content.safetyInformation as Safety
  return [
    ...(info?.boxedWarning ? [info.boxedWarning] : []),
    ...(info?.contraindications ?? []).map((item) => `Do not use with: ${item}`),
  ]
}

function condition(doc: SyndicatedDocument): MedicalCondition {
  const content = doc.content as Content
  const code = medicalCodes(content.codes)
  return {
    '@type': 'MedicalCondition',
    '@id': `${doc.envelope.canonicalUrl}#condition`,
    name: doc.title,
    alternateName: content.alternateNames as string[],
    description: maybe(content.summary as string | null),
    signOrSymptom: (content.symptoms as string[]).map((name) => ({
      '@type': 'MedicalSignOrSymptom',
      name,
    })),
    cause: (content.causes as string[]).map((name) => ({ '@type': 'MedicalCause', name })),
    ...(code.length ? { code } : {}),
    ...offLabel(content),
  }
}

function procedure(doc: SyndicatedDocument): TherapeuticProcedure {
  const content = doc.content as Content
  const drug = content.drug as string | null
  return {
    '@type': 'TherapeuticProcedure',
    '@id': `${doc.envelope.canonicalUrl}#procedure`,
    name: doc.title,
    description: maybe(content.summary as string | null),
    howPerformed: maybe(content.technique as string | null),
    // The drug only: the conditions it treats are not listed as indications, since machines read
    // an indication as an approved use and these are off-label.
    ...(drug ? { drug: { '@type': 'Drug', name: drug, warning: drugWarnings(content) } } : {}),
    followup: maybe(content.retreatmentNote as string | null),
    ...offLabel(content),
  } as TherapeuticProcedure
}

function question(doc: SyndicatedDocument): Question {
  const content = doc.content as Content
  return {
    '@type': 'Question',
    name: doc.title,
    acceptedAnswer: {
      '@type': 'Answer',
      text: [plain(content.answer), content.offLabelNotice].filter(Boolean).join('\n\n'),
    },
  }
}

function aftercareStep(doc: SyndicatedDocument): Thing {
  const content = doc.content as Content
  return {
    '@type': 'HowToStep',
    name: doc.title,
    text: maybe(content.description as string | null),
    position: maybe(content.order as number | null),
    ...(isoDuration(content.timeframe) ? { timeRequired: isoDuration(content.timeframe) } : {}),
  } as Thing
}

/** The page-level facts every document shares: who reviewed it, when, and who may reuse it. */
function webPage(doc: SyndicatedDocument, mainEntity: Thing): WithContext<MedicalWebPage> {
  const { envelope } = doc
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': envelope.canonicalUrl,
    url: envelope.canonicalUrl,
    name: doc.title,
    inLanguage: doc.locale,
    ...(envelope.lastReviewed ? { lastReviewed: envelope.lastReviewed } : {}),
    ...(envelope.reviewedBy
      ? { reviewedBy: { '@type': 'Person', name: envelope.reviewedBy.name } }
      : {}),
    ...(envelope.updatedAt ? { dateModified: envelope.updatedAt } : {}),
    publisher: organisation(doc),
    copyrightHolder: organisation(doc),
    creditText: envelope.attribution.text,
    ...(envelope.licence.url ? { license: envelope.licence.url } : {}),
    version: envelope.version,
    mainEntity,
    ...(doc.type === 'condition' || doc.type === 'procedure' ? { about: mainEntity } : {}),
  } as WithContext<MedicalWebPage>
}

/** schema.org JSON-LD for one document: a MedicalWebPage about its condition, procedure or step. */
export function toJsonLd(doc: SyndicatedDocument): WithContext<MedicalWebPage | FAQPage> {
  switch (doc.type) {
    case 'condition':
      return webPage(doc, condition(doc))
    case 'procedure':
      return webPage(doc, procedure(doc))
    case 'aftercare-step':
      return webPage(doc, aftercareStep(doc))
    default:
      return faqPage([doc], doc.envelope.canonicalUrl)
  }
}

/** An FAQPage with one Question per FAQ, as search engines expect for a page of questions. */
export function faqPage(docs: SyndicatedDocument[], url: string): WithContext<FAQPage> {
  const first = docs[0]
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    '@id': url,
    url,
    ...(first?.envelope.lastReviewed ? { lastReviewed: first.envelope.lastReviewed } : {}),
    ...(first?.envelope.reviewedBy
      ? { reviewedBy: { '@type': 'Person', name: first.envelope.reviewedBy.name } }
      : {}),
    ...(first ? { publisher: organisation(first), inLanguage: first.locale } : {}),
    mainEntity: docs.map(question),
  } as WithContext<FAQPage>
}

/** A list as JSON-LD: FAQs as one FAQPage, anything else as a graph of pages. */
export function listToJsonLd(type: string, docs: SyndicatedDocument[], listUrl: string) {
  if (type === 'faq') return faqPage(docs, listUrl)
  return {
    '@context': 'https://schema.org',
    '@graph': docs.map((doc) => {
      const { '@context': _context, ...page } = toJsonLd(doc) as unknown as Record<string, unknown>
      return page
    }),
  }
}
