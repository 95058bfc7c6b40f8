import type { FAQPage, MedicalWebPage, Thing, WithContext } from 'schema-dts'

import { lexicalText } from '../../../plainText'
import {
  faqPage,
  medicalCondition,
  medicalWebPage,
  therapeuticProcedure,
  type PageFacts,
  type ProcedureFacts,
} from '../../../schemaOrg'
import type { AftercareStep, ClinicSettings, Condition, Faq, Procedure, Review } from './content'
import { faqOffLabelNotice } from './offLabel'
import { pagePath, toSiteLocale } from './paths'

export { serializeJsonLd } from '../../../schemaOrg'

/** schema.org JSON-LD, built by src/schemaOrg from the facts the website read over GraphQL. */
export type JsonLd = WithContext<Thing>

export type PageContext = { url: string; locale: string; settings: ClinicSettings | null }

const page = (context: PageContext, name: string, review: Review = {}): PageFacts => ({
  url: context.url,
  name,
  locale: context.locale,
  lastReviewed: review.lastReviewed,
  reviewerName: review.reviewerName,
  dateModified: review.updatedAt,
  publisher: context.settings?.clinicName
    ? { name: context.settings.clinicName, url: context.settings.siteUrl }
    : null,
})

/** Another page of this site, absolute, in the locale of the page that links to it. */
const siteAddress = (context: PageContext, path: string) =>
  new URL(pagePath(path, toSiteLocale(context.locale)), context.url).href

const isOffLabel = (status?: string | null) => status === 'off-label' || status === 'off_label'

export function conditionJsonLd(
  condition: Condition,
  context: PageContext,
): WithContext<MedicalWebPage> {
  const entity = medicalCondition(
    {
      name: condition.name,
      alternateNames: condition.alternateNames,
      summary: condition.summary,
      symptoms: condition.symptoms,
      causes: condition.causes,
      codes: condition.codes,
      offLabelNotice: isOffLabel(condition.indication?.status) ? condition.indication?.note : null,
      treatments: (condition.relatedProcedures?.docs ?? []).map((procedure) => ({
        name: procedure.name,
        url: siteAddress(context, `/procedures/${procedure.slug}`),
      })),
    },
    `${context.url}#condition`,
  )
  return medicalWebPage(page(context, condition.name, condition), {
    mainEntity: entity,
    about: entity,
  })
}

const procedureFacts = (
  procedure: Procedure,
  context: PageContext,
  steps: AftercareStep[] = [],
): ProcedureFacts => ({
  name: procedure.name,
  url: siteAddress(context, `/procedures/${procedure.slug}`),
  summary: procedure.summary,
  technique: procedure.technique,
  drug: procedure.drug
    ? {
        name: procedure.drug,
        boxedWarning: procedure.safetyInformation?.boxedWarning,
        contraindications: (procedure.safetyInformation?.contraindications ?? []).map(
          (row) => row.contraindication,
        ),
      }
    : null,
  followup: [
    ...steps.map((step) => `${step.title}: ${step.description ?? ''}`.trim()),
    procedure.retreatmentNote,
  ],
  offLabelNotice: procedure.regulatory?.offLabelNotice,
})

export function procedureJsonLd(
  procedure: Procedure,
  steps: AftercareStep[],
  context: PageContext,
): WithContext<MedicalWebPage> {
  const entity = therapeuticProcedure(
    procedureFacts(procedure, context, steps),
    `${context.url}#procedure`,
  )
  return medicalWebPage(page(context, procedure.name, procedure), {
    mainEntity: entity,
    about: entity,
  })
}

export function treatmentsJsonLd(
  procedures: Procedure[],
  context: PageContext,
  name: string,
): WithContext<MedicalWebPage> {
  const about: Thing[] = procedures.map((procedure) =>
    therapeuticProcedure(procedureFacts(procedure, context)),
  )
  return medicalWebPage(page(context, name), { about })
}

/**
 * The FAQ page as a schema.org FAQPage. Its review date is that of its least recently reviewed
 * answer, and it has none while any answer awaits its first clinical review.
 */
export function faqJsonLd(faqs: Faq[], context: PageContext, name: string): WithContext<FAQPage> {
  const { lastReviewed: _date, reviewerName: _name, ...pageFacts } = page(context, name)
  return faqPage(
    pageFacts,
    faqs.map((faq) => ({
      question: faq.question,
      answerText: lexicalText(faq.answer, { blockSeparator: '\n\n' }),
      offLabelNotice: faqOffLabelNotice(faq),
      lastReviewed: faq.lastReviewed,
      reviewerName: faq.reviewerName,
    })),
  )
}
