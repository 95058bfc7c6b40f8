import { describe, expect, test } from 'vitest'

import type { Condition, Faq, Procedure } from './content'
import { conditionJsonLd, faqJsonLd, procedureJsonLd } from './jsonLd'

const page = {
  url: 'https://clinic.example/conditions/tmj-disorder',
  locale: 'en',
  settings: { clinicName: 'Clinic', siteUrl: 'https://clinic.example' },
}

const condition: Condition = {
  name: 'TMJ Disorder',
  slug: 'tmj-disorder',
  summary: 'Jaw pain.',
  symptoms: ['chronic jaw pain'],
  causes: [],
  relatedProcedures: { docs: [{ name: 'Botox', slug: 'botox' }] },
  lastReviewed: '2026-03-10T09:30:00.000Z',
  reviewerName: 'Dr. Ana Ruiz',
}

describe('conditionJsonLd', () => {
  test('should describe a MedicalWebPage about a MedicalCondition, with its review', () => {
    const ld = conditionJsonLd(condition, page)
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      lastReviewed: '2026-03-10',
      reviewedBy: { '@type': 'Person', name: 'Dr. Ana Ruiz' },
      publisher: { '@type': 'MedicalOrganization', name: 'Clinic' },
      about: {
        '@type': 'MedicalCondition',
        name: 'TMJ Disorder',
        signOrSymptom: [{ '@type': 'MedicalSignOrSymptom', name: 'chronic jaw pain' }],
        possibleTreatment: [
          {
            '@type': 'MedicalTherapy',
            name: 'Botox',
            url: 'https://clinic.example/procedures/botox',
          },
        ],
      },
    })
    expect(ld.about).not.toHaveProperty('cause')
  })

  test('should claim no review for a page no clinician has reviewed', () => {
    const ld = conditionJsonLd({ ...condition, lastReviewed: null, reviewerName: null }, page)
    expect(ld).not.toHaveProperty('lastReviewed')
    expect(ld).not.toHaveProperty('reviewedBy')
  })
})

describe('procedureJsonLd', () => {
  test('should describe a TherapeuticProcedure with its drug, warnings, notice and aftercare, and no conditions as indications', () => {
    const procedurePage = { ...page, url: 'https://clinic.example/procedures/botox' }
    const procedure: Procedure = {
      name: 'Botox',
      slug: 'botox',
      drug: 'onabotulinumtoxinA',
      conditionsTreated: [{ name: 'TMJ Disorder', slug: 'tmj-disorder' }],
      regulatory: { offLabelNotice: 'Off-label for TMJ.' },
      safetyInformation: {
        boxedWarning: 'May spread.',
        contraindications: [{ contraindication: 'an infection there' }],
      },
    }
    const ld = procedureJsonLd(
      procedure,
      [{ title: 'Tenderness', slug: 't', order: 1, description: 'Mild, for an hour.' }],
      procedurePage,
    )
    expect(ld.mainEntity).toBe(ld.about)
    expect(ld.about).toEqual({
      '@type': 'TherapeuticProcedure',
      '@id': 'https://clinic.example/procedures/botox#procedure',
      name: 'Botox',
      url: 'https://clinic.example/procedures/botox',
      drug: {
        '@type': 'Drug',
        name: 'onabotulinumtoxinA',
        warning: ['May spread.', 'Do not use with: an infection there'],
      },
      followup: 'Tenderness: Mild, for an hour.',
      disambiguatingDescription: 'Off-label for TMJ.',
    })
  })
})

describe('faqJsonLd', () => {
  const answer = { root: { children: [{ type: 'paragraph', children: [{ text: 'Yes.' }] }] } }
  const faqs: Faq[] = [
    { question: 'Safe?', slug: 'safe', order: 1, answer, lastReviewed: '2026-05-01T00:00:00Z' },
    { question: 'Cost?', slug: 'cost', order: 2, answer, lastReviewed: '2026-02-01T00:00:00Z' },
  ]

  test('should list questions and answers and date the page by its oldest review', () => {
    expect(faqJsonLd(faqs, page, 'FAQ')).toMatchObject({
      '@type': 'FAQPage',
      lastReviewed: '2026-02-01',
      mainEntity: [
        { '@type': 'Question', name: 'Safe?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } },
        { '@type': 'Question', name: 'Cost?' },
      ],
    })
  })

  test('should give no review date while an answer awaits its first review', () => {
    const ld = faqJsonLd([...faqs, { ...faqs[0], slug: 'new', lastReviewed: null }], page, 'FAQ')
    expect(ld).not.toHaveProperty('lastReviewed')
  })

  test('should give an answer that speaks of approval the off-label notice, as partners get it', () => {
    const approval: Faq = {
      ...faqs[0],
      question: 'Is it FDA approved?',
      relatedProcedures: [{ regulatory: { offLabelNotice: 'Off-label for TMJ.' } }],
    }
    expect(faqJsonLd([approval], page, 'FAQ').mainEntity).toEqual([
      {
        '@type': 'Question',
        name: 'Is it FDA approved?',
        acceptedAnswer: { '@type': 'Answer', text: 'Yes.\n\nOff-label for TMJ.' },
      },
    ])
  })
})
