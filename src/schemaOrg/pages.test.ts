import { describe, expect, test } from 'vitest'

import { medicalCondition } from './entities'
import { faqPage, graph, medicalWebPage, serializeJsonLd } from './pages'
import type { QuestionFacts } from './facts'

const url = 'https://clinic.example/conditions/tmj'
const publisher = { name: 'Clinic', url: 'https://clinic.example' }

describe('medicalWebPage', () => {
  const condition = medicalCondition({ name: 'TMJ' })

  test('should describe a reviewed page for patients about its entity', () => {
    const page = medicalWebPage(
      {
        url,
        name: 'TMJ',
        locale: 'en',
        lastReviewed: '2026-03-10T09:30:00.000Z',
        reviewerName: 'Dr. Ana Ruiz',
        dateModified: '2026-03-11T00:00:00.000Z',
        publisher,
      },
      { mainEntity: condition, about: condition },
    )
    expect(page).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      '@id': url,
      url,
      name: 'TMJ',
      inLanguage: 'en',
      lastReviewed: '2026-03-10',
      reviewedBy: { '@type': 'Person', name: 'Dr. Ana Ruiz' },
      dateModified: '2026-03-11T00:00:00.000Z',
      publisher: { '@type': 'MedicalOrganization', ...publisher },
      medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      mainEntity: condition,
      about: condition,
    })
  })

  test.each([
    ['no review date', { lastReviewed: null, reviewerName: 'Dr. Ana Ruiz' }],
    ['no review at all', {}],
  ])('should claim no review for a page with %s', (_name, review) => {
    const page = medicalWebPage({ url, locale: 'en', ...review }, {})
    expect(page).not.toHaveProperty('lastReviewed')
    expect(page).not.toHaveProperty('reviewedBy')
  })

  test.each([
    ['no publisher', null, undefined],
    ['a publisher with no name', { name: '' }, undefined],
    [
      'a publisher with no address',
      { name: 'Clinic' },
      { '@type': 'MedicalOrganization', name: 'Clinic' },
    ],
  ])('should handle %s', (_name, given, expected) => {
    expect(medicalWebPage({ url, locale: 'en', publisher: given }, {}).publisher).toEqual(expected)
  })

  test('should give the terms for reuse when the channel licenses the text', () => {
    const page = medicalWebPage(
      {
        url,
        locale: 'en',
        publisher,
        reuse: { creditText: 'From Clinic', licenceUrl: 'https://licence.example', version: 3 },
      },
      {},
    )
    expect(page).toMatchObject({
      copyrightHolder: { '@type': 'MedicalOrganization', name: 'Clinic' },
      creditText: 'From Clinic',
      license: 'https://licence.example',
      version: 3,
    })
  })
})

describe('faqPage', () => {
  const answer = (lastReviewed: string | null, reviewerName = 'Dr. Ruiz'): QuestionFacts => ({
    question: 'Q?',
    answerText: 'A.',
    lastReviewed,
    reviewerName,
  })

  test.each([
    [
      'all reviewed by one person: the oldest date and that person',
      [answer('2026-05-01T00:00:00Z'), answer('2026-02-01T00:00:00Z')],
      { lastReviewed: '2026-02-01', reviewedBy: { '@type': 'Person', name: 'Dr. Ruiz' } },
    ],
    [
      'all reviewed by several people: the oldest date, no one person',
      [answer('2026-05-01T00:00:00Z'), answer('2026-02-01T00:00:00Z', 'Dr. Lee')],
      { lastReviewed: '2026-02-01' },
    ],
    ['one answer awaiting review: no date', [answer('2026-05-01T00:00:00Z'), answer(null)], {}],
    ['no answers: no date', [], {}],
  ])('should date the page when %s', (_name, questions, review) => {
    const page = faqPage({ url: 'https://clinic.example/faq', locale: 'en' }, questions)
    const { lastReviewed, reviewedBy } = page as { lastReviewed?: unknown; reviewedBy?: unknown }
    expect({ lastReviewed, reviewedBy }).toEqual({
      lastReviewed: undefined,
      reviewedBy: undefined,
      ...review,
    })
  })

  test('should list one Question per answer', () => {
    const page = faqPage(
      { url: 'https://clinic.example/faq', name: 'FAQ', locale: 'es', publisher },
      [answer(null)],
    )
    expect(page).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      '@id': 'https://clinic.example/faq',
      url: 'https://clinic.example/faq',
      name: 'FAQ',
      inLanguage: 'es',
      publisher: { '@type': 'MedicalOrganization', ...publisher },
      mainEntity: [
        { '@type': 'Question', name: 'Q?', acceptedAnswer: { '@type': 'Answer', text: 'A.' } },
      ],
    })
  })
})

describe('graph', () => {
  test('should share one @context among the pages', () => {
    const page = medicalWebPage({ url, locale: 'en' }, {})
    const { '@context': context, ...rest } = page
    expect(graph([page, page])).toEqual({ '@context': context, '@graph': [rest, rest] })
  })
})

describe('serializeJsonLd', () => {
  test('should not let content close the script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain(
      '</script',
    )
  })
})
