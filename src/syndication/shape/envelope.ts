import { reviewStatusOf, type ReviewStatus } from '../../workflow/reviewStatus'
import type { SyndicatedCollection } from './syndicatedCollections'
import type { Envelope } from './contentSchema'
import type { Licence } from './licence'
import type { SyndicatedContent } from './shape'

export type ClinicSettingsLike = {
  clinicName?: string | null
  siteUrl?: string | null
  attributionText?: string | null
  medicalDisclaimer?: string | null
}

export type Review = {
  lastReviewed: string | null
  nextReviewDue: string | null
  reviewedBy: { name: string } | null
}

export type { Envelope } from './contentSchema'

export type EnvelopeReviewStatus = ReviewStatus | 'not-reviewed'

/**
 * Where the clinical review stands for a partner: `not-reviewed` when no clinician has reviewed
 * the text (only partners who chose to include such content ever see it), otherwise current, due
 * or overdue against the next review date.
 */
export function envelopeReviewStatus(review: Review, at: Date): EnvelopeReviewStatus {
  if (!review.lastReviewed) return 'not-reviewed'
  return reviewStatusOf(review.nextReviewDue, at) ?? 'overdue'
}

export type SyndicatedDocument = SyndicatedContent & { envelope: Envelope }

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/** Where the document lives on the clinic's own site, matching the reference website's routes. */
export function canonicalUrl(siteUrl: string, content: SyndicatedContent): string {
  const base = siteUrl.replace(/\/+$/, '')
  const slug = encodeURIComponent(content.slug)
  switch (content.type) {
    case 'condition':
      return `${base}/conditions/${slug}`
    case 'procedure':
      return `${base}/procedures/${slug}`
    case 'aftercare-step': {
      const procedure = (content.content.procedure as { slug?: string } | null)?.slug
      return procedure
        ? `${base}/procedures/${encodeURIComponent(procedure)}#${slug}`
        : `${base}/treatments#${slug}`
    }
    default:
      return `${base}/faq#${slug}`
  }
}

const dateOrNull = (value: unknown): string | null => {
  if (typeof value !== 'string' || value.length === 0) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/**
 * Review facts from the document. The clinical review workflow records them as `lastReviewed`,
 * `nextReviewDue` and `reviewedBy` (a user); the reviewer's name is shown, never their account.
 */
export function reviewOf(doc: Record<string, unknown>): Review {
  const source = (doc.review && typeof doc.review === 'object' ? doc.review : doc) as Record<
    string,
    unknown
  >
  const reviewer = source.reviewedBy
  const name =
    typeof reviewer === 'string' && !/^[0-9a-f-]{6,}$/i.test(reviewer)
      ? reviewer
      : reviewer && typeof reviewer === 'object'
        ? ((reviewer as { name?: unknown }).name as string | undefined)
        : undefined
  return {
    lastReviewed: dateOrNull(source.lastReviewed),
    nextReviewDue: dateOrNull(source.nextReviewDue),
    reviewedBy: typeof name === 'string' && name.trim() ? { name: name.trim() } : null,
  }
}

export function attributionHtml(text: string, url: string, clinicName: string): string {
  return `<p class="clinic-attribution">${escapeHtml(text)} <a href="${escapeHtml(url)}" rel="noopener">Read it on ${escapeHtml(clinicName)}</a></p>`
}

type EnvelopeInput = {
  collection: SyndicatedCollection
  content: SyndicatedContent
  review: Review
  updatedAt: unknown
  settings: ClinicSettingsLike
  licence: Licence
  apiBase: string
  version: number
  contentHash: string
  /** The time review status is worked out at; now unless a test fixes it. */
  at?: Date
}

/** What every syndicated document carries besides its content: where it lives, how to credit it. */
export function buildEnvelope(input: EnvelopeInput): Envelope {
  const clinicName = input.settings.clinicName?.trim() || 'the clinic'
  const siteUrl = input.settings.siteUrl?.trim() || 'http://localhost'
  const url = canonicalUrl(siteUrl, input.content)
  const text = input.settings.attributionText?.trim() || `Content from ${clinicName}.`
  return {
    canonicalUrl: url,
    apiUrl: `${input.apiBase}/${input.collection}/${encodeURIComponent(input.content.slug)}`,
    publisher: { name: clinicName, url: siteUrl },
    attribution: { text, html: attributionHtml(text, url, clinicName) },
    disclaimer: input.settings.medicalDisclaimer?.trim() || null,
    licence: input.licence,
    ...input.review,
    reviewStatus: envelopeReviewStatus(input.review, input.at ?? new Date()),
    version: input.version,
    contentHash: input.contentHash,
    updatedAt: dateOrNull(input.updatedAt),
  }
}

export { escapeHtml }
