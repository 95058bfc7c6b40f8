import type { AftercareStep, ClinicSettings, Condition, Faq, Procedure, Review } from './content'
import { plainText } from './plainText'

export type JsonLd = Record<string, unknown>

export type PageContext = { url: string; locale: string; settings: ClinicSettings | null }

/** Drops empty values so the markup says nothing rather than something empty. */
function compact<T extends JsonLd>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, item]) =>
        item !== undefined &&
        item !== null &&
        item !== '' &&
        !(Array.isArray(item) && !item.length),
    ),
  ) as T
}

const isoDate = (value?: string | null) => (value ? value.slice(0, 10) : undefined)

function publisher(settings: ClinicSettings | null): JsonLd | undefined {
  if (!settings?.clinicName) return undefined
  return compact({
    '@type': 'MedicalOrganization',
    name: settings.clinicName,
    url: settings.siteUrl,
  })
}

/** Review facts every page carries: schema.org `lastReviewed` and `reviewedBy`, only when true. */
function reviewFacts(review: Review): JsonLd {
  return compact({
    lastReviewed: isoDate(review.lastReviewed),
    reviewedBy: review.reviewerName ? { '@type': 'Person', name: review.reviewerName } : undefined,
  })
}

function medicalWebPage(page: PageContext, name: string, review: Review, about: JsonLd): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: page.url,
    name,
    inLanguage: page.locale,
    ...reviewFacts(review),
    dateModified: review.updatedAt ?? undefined,
    publisher: publisher(page.settings),
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    about,
  })
}

const codingSystems: Record<string, string> = { icd10cm: 'ICD-10-CM', snomedct: 'SNOMED-CT' }

/** A condition's codes as schema.org MedicalCode, named by their coding system. */
const medicalCodes = (condition: Condition) =>
  (condition.codes ?? []).map((code) =>
    compact({
      '@type': 'MedicalCode',
      codeValue: code.code,
      codingSystem: codingSystems[code.system] ?? code.system,
      name: code.display,
    }),
  )

/** The drug's boxed warning and contraindications as schema.org Drug `warning` texts. */
const drugWarnings = (procedure: Procedure) => [
  ...(procedure.safetyInformation?.boxedWarning ? [procedure.safetyInformation.boxedWarning] : []),
  ...(procedure.safetyInformation?.contraindications ?? []).map(
    (row) => `Do not use with: ${row.contraindication}`,
  ),
]

export function conditionJsonLd(condition: Condition, page: PageContext): JsonLd {
  return medicalWebPage(
    page,
    condition.name,
    condition,
    compact({
      '@type': 'MedicalCondition',
      name: condition.name,
      alternateName: condition.alternateNames ?? undefined,
      description: condition.summary,
      signOrSymptom: (condition.symptoms ?? []).map((name) => ({
        '@type': 'MedicalSignOrSymptom',
        name,
      })),
      cause: (condition.causes ?? []).map((name) => ({ '@type': 'MedicalCause', name })),
      code: medicalCodes(condition),
      disambiguatingDescription:
        condition.indication?.status === 'off-label' || condition.indication?.status === 'off_label'
          ? condition.indication?.note
          : undefined,
      possibleTreatment: (condition.relatedProcedures?.docs ?? []).map((procedure) => ({
        '@type': 'TherapeuticProcedure',
        name: procedure.name,
        url: `/procedures/${procedure.slug}`,
      })),
    }),
  )
}

function therapeuticProcedure(procedure: Procedure, steps: AftercareStep[] = []): JsonLd {
  return compact({
    '@type': 'TherapeuticProcedure',
    name: procedure.name,
    description: procedure.summary,
    url: `/procedures/${procedure.slug}`,
    // The drug and its warnings only: listing the conditions as `indication` would tell machines
    // they are approved uses, and these are off-label.
    drug: procedure.drug
      ? compact({ '@type': 'Drug', name: procedure.drug, warning: drugWarnings(procedure) })
      : undefined,
    howPerformed: procedure.technique,
    followup: steps.map((step) => `${step.title}: ${step.description ?? ''}`.trim()).join(' '),
    disambiguatingDescription: procedure.regulatory?.offLabelNotice,
  })
}

export function procedureJsonLd(
  procedure: Procedure,
  steps: AftercareStep[],
  page: PageContext,
): JsonLd {
  return medicalWebPage(page, procedure.name, procedure, therapeuticProcedure(procedure, steps))
}

export function treatmentsJsonLd(procedures: Procedure[], page: PageContext, name: string): JsonLd {
  const page_ = medicalWebPage(page, name, {}, {})
  return compact({
    ...page_,
    about: procedures.map((procedure) => therapeuticProcedure(procedure)),
  })
}

/**
 * The FAQ page as a schema.org FAQPage. Its review date is that of its least recently reviewed
 * answer, and it has none while any answer awaits its first clinical review.
 */
export function faqJsonLd(faqs: Faq[], page: PageContext, name: string): JsonLd {
  const dates = faqs.map((faq) => faq.lastReviewed ?? null)
  const allReviewed = dates.length > 0 && dates.every(Boolean)
  const oldest = allReviewed ? [...(dates as string[])].sort()[0] : undefined
  return compact({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: page.url,
    name,
    inLanguage: page.locale,
    lastReviewed: isoDate(oldest),
    publisher: publisher(page.settings),
    mainEntity: faqs.map((faq) => ({
      '@type': 'Question',
      name: faq.question,
      acceptedAnswer: { '@type': 'Answer', text: plainText(faq.answer) },
    })),
  })
}

/** JSON for a <script type="application/ld+json">, safe against a "</script>" in the content. */
export const serializeJsonLd = (value: JsonLd): string =>
  JSON.stringify(value).replace(/</g, '\\u003c')
