import type { FAQPage, MedicalWebPage, Person, Thing, WithContext } from 'schema-dts'

import { compact, isoDate } from './compact'
import { question } from './entities'
import type { Organisation, PageFacts, QuestionFacts, ReviewFacts } from './facts'

const organisation = (value?: Organisation | null) =>
  value?.name
    ? compact({
        '@type': 'MedicalOrganization' as const,
        name: value.name,
        url: value.url ?? undefined,
      })
    : undefined

const person = (name?: string | null): Person | undefined =>
  name ? { '@type': 'Person', name } : undefined

/** Review facts only when true: a page no clinician has reviewed claims no review. */
const reviewFacts = (review: ReviewFacts) => ({
  lastReviewed: isoDate(review.lastReviewed),
  reviewedBy: review.lastReviewed ? person(review.reviewerName) : undefined,
})

const pageFacts = (page: PageFacts) => ({
  '@context': 'https://schema.org' as const,
  '@id': page.url,
  url: page.url,
  name: page.name ?? undefined,
  inLanguage: page.locale,
  ...reviewFacts(page),
  dateModified: page.dateModified ?? undefined,
  publisher: organisation(page.publisher),
  ...(page.reuse
    ? {
        copyrightHolder: organisation(page.publisher),
        creditText: page.reuse.creditText ?? undefined,
        license: page.reuse.licenceUrl ?? undefined,
        version: page.reuse.version ?? undefined,
      }
    : {}),
})

/**
 * A MedicalWebPage for patients. `mainEntity` is what the page is (a condition, a procedure, a
 * step); `about` what it speaks of (the same condition or procedure, or a list of them).
 */
export function medicalWebPage(
  page: PageFacts,
  entities: { mainEntity?: Thing; about?: Thing | Thing[] },
): WithContext<MedicalWebPage> {
  return compact<WithContext<MedicalWebPage>>({
    '@type': 'MedicalWebPage',
    ...pageFacts(page),
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    mainEntity: entities.mainEntity,
    about: entities.about,
  })
}

/** The review date the whole page may claim: its least recently reviewed answer's, if all are. */
function oldestReview(questions: QuestionFacts[]): ReviewFacts {
  const reviewed = questions.filter((item) => item.lastReviewed)
  if (reviewed.length === 0 || reviewed.length < questions.length) return {}
  const oldest = [...reviewed].sort((a, b) => a.lastReviewed!.localeCompare(b.lastReviewed!))[0]
  const reviewers = new Set(questions.map((item) => item.reviewerName ?? null))
  // A reviewer is named only when one person reviewed every answer on the page.
  return {
    lastReviewed: oldest.lastReviewed,
    reviewerName: reviewers.size === 1 ? oldest.reviewerName : null,
  }
}

/** An FAQPage with one Question per FAQ, as search engines expect for a page of questions. */
export function faqPage(
  page: Omit<PageFacts, keyof ReviewFacts>,
  questions: QuestionFacts[],
): WithContext<FAQPage> {
  return compact<WithContext<FAQPage>>({
    '@type': 'FAQPage',
    ...pageFacts({ ...page, ...oldestReview(questions) }),
    mainEntity: questions.map(question),
  })
}

/** Several pages in one JSON-LD document, sharing one @context. */
export function graph(pages: WithContext<Thing>[]) {
  return {
    '@context': 'https://schema.org' as const,
    '@graph': pages.map((page) => {
      const { '@context': _context, ...rest } = page as Record<string, unknown>
      return rest
    }),
  }
}

/** JSON for a <script type="application/ld+json">, safe against a "</script>" in the content. */
export const serializeJsonLd = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c')
