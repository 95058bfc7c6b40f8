import { describe, expect, test } from 'vitest'

import {
  attributionHtml,
  buildEnvelope,
  canonicalUrl,
  envelopeReviewStatus,
  reviewOf,
} from './envelope'
import type { SyndicatedContent } from './shape'

const content = (type: string, extra: Record<string, unknown> = {}): SyndicatedContent => ({
  id: '1',
  type,
  slug: 'tmj-disorder',
  locale: 'en',
  title: 'TMJ Disorder',
  content: extra,
})

describe('canonicalUrl', () => {
  test.each([
    ['condition', {}, 'https://clinic.example/conditions/tmj-disorder'],
    ['procedure', {}, 'https://clinic.example/procedures/tmj-disorder'],
    ['faq', {}, 'https://clinic.example/faq#tmj-disorder'],
    [
      'aftercare-step',
      { procedure: { slug: 'botox' } },
      'https://clinic.example/procedures/botox#tmj-disorder',
    ],
    ['aftercare-step', { procedure: null }, 'https://clinic.example/treatments#tmj-disorder'],
  ])('should place a %s on the clinic site', (type, extra, expected) => {
    expect(canonicalUrl('https://clinic.example/', content(type, extra))).toBe(expected)
  })
})

describe('reviewOf', () => {
  test.each([
    ['no review yet', {}, { lastReviewed: null, nextReviewDue: null, reviewedBy: null }],
    [
      'a populated reviewer',
      {
        lastReviewed: '2026-01-02T00:00:00.000Z',
        nextReviewDue: '2027-01-02T00:00:00.000Z',
        reviewedBy: { id: 3, name: 'Dr Ada Lee', email: 'ada@clinic.test' },
      },
      {
        lastReviewed: '2026-01-02T00:00:00.000Z',
        nextReviewDue: '2027-01-02T00:00:00.000Z',
        reviewedBy: { name: 'Dr Ada Lee' },
      },
    ],
    [
      'an unpopulated reviewer ID',
      { reviewedBy: '7f1c2a9e-0000-4000-8000-000000000000' },
      { lastReviewed: null, nextReviewDue: null, reviewedBy: null },
    ],
    [
      'a review group',
      { review: { lastReviewed: '2026-03-01', reviewedBy: { name: 'Dr B' } } },
      {
        lastReviewed: '2026-03-01T00:00:00.000Z',
        nextReviewDue: null,
        reviewedBy: { name: 'Dr B' },
      },
    ],
    [
      'a malformed date',
      { lastReviewed: 'soon' },
      { lastReviewed: null, nextReviewDue: null, reviewedBy: null },
    ],
  ])('should read %s', (_name, doc, expected) => {
    expect(reviewOf(doc)).toEqual(expected)
  })
})

describe('buildEnvelope', () => {
  test('should carry attribution, licence, version and hash, never an email', () => {
    const envelope = buildEnvelope({
      collection: 'conditions',
      content: content('condition'),
      review: reviewOf({ reviewedBy: { name: 'Dr Ada', email: 'ada@clinic.test' } }),
      updatedAt: '2026-05-01T00:00:00.000Z',
      settings: {
        clinicName: 'Harbour <Clinic>',
        siteUrl: 'https://clinic.example',
        attributionText: 'Content from Harbour Clinic.',
        medicalDisclaimer: 'General information.',
      },
      licence: { name: 'Partner syndication licence', url: null, terms: 'Republish unaltered.' },
      apiBase: 'https://cms.example/syndication/v1',
      version: 3,
      contentHash: 'sha256-abc',
    })
    expect(envelope).toMatchObject({
      canonicalUrl: 'https://clinic.example/conditions/tmj-disorder',
      apiUrl: 'https://cms.example/syndication/v1/conditions/tmj-disorder',
      version: 3,
      contentHash: 'sha256-abc',
      disclaimer: 'General information.',
      reviewedBy: { name: 'Dr Ada' },
    })
    expect(envelope.reviewStatus).toBe('not-reviewed')
    expect(envelope.attribution.html).toContain('Harbour &lt;Clinic&gt;')
    expect(JSON.stringify(envelope)).not.toContain('ada@clinic.test')
  })
})

describe('envelopeReviewStatus', () => {
  const at = new Date('2026-06-01T00:00:00.000Z')
  const review = (lastReviewed: string | null, nextReviewDue: string | null) => ({
    lastReviewed,
    nextReviewDue,
    reviewedBy: null,
  })
  test.each([
    ['never reviewed', review(null, '2026-01-01T00:00:00.000Z'), 'not-reviewed'],
    [
      'reviewed, next review far off',
      review('2026-05-01T00:00:00.000Z', '2027-05-01T00:00:00.000Z'),
      'current',
    ],
    [
      'reviewed, next review in a week',
      review('2025-06-08T00:00:00.000Z', '2026-06-08T00:00:00.000Z'),
      'due',
    ],
    [
      'reviewed, next review passed',
      review('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      'overdue',
    ],
  ])('should say %s', (_case, input, expected) => {
    expect(envelopeReviewStatus(input, at)).toBe(expected)
  })
})

describe('attributionHtml', () => {
  test('should escape the text and link to the canonical URL', () => {
    expect(attributionHtml('A & B', 'https://x.test/a?b=1&c=2', 'X')).toBe(
      '<p class="clinic-attribution">A &amp; B <a href="https://x.test/a?b=1&amp;c=2" rel="noopener">Read it on X</a></p>',
    )
  })
})
