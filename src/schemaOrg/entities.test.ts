import { describe, expect, test } from 'vitest'

import { howToStep, medicalCondition, question, therapeuticProcedure } from './entities'

describe('medicalCondition', () => {
  test('should describe a condition with its symptoms, causes, codes, notice and treatments', () => {
    expect(
      medicalCondition(
        {
          name: 'Bruxism',
          alternateNames: ['sleep bruxism'],
          summary: 'Grinding.',
          symptoms: ['jaw pain'],
          causes: ['stress'],
          codes: [{ system: 'ICD-10-CM', code: 'G47.63', display: 'Sleep related bruxism' }],
          offLabelNotice: 'Off-label.',
          treatments: [{ name: 'Botox', url: 'https://clinic.example/procedures/botox' }],
        },
        'https://clinic.example/conditions/bruxism#condition',
      ),
    ).toEqual({
      '@type': 'MedicalCondition',
      '@id': 'https://clinic.example/conditions/bruxism#condition',
      name: 'Bruxism',
      alternateName: ['sleep bruxism'],
      description: 'Grinding.',
      signOrSymptom: [{ '@type': 'MedicalSignOrSymptom', name: 'jaw pain' }],
      cause: [{ '@type': 'MedicalCause', name: 'stress' }],
      code: [
        {
          '@type': 'MedicalCode',
          codeValue: 'G47.63',
          codingSystem: 'ICD-10-CM',
          name: 'Sleep related bruxism',
        },
      ],
      disambiguatingDescription: 'Off-label.',
      possibleTreatment: [
        {
          '@type': 'MedicalTherapy',
          name: 'Botox',
          url: 'https://clinic.example/procedures/botox',
        },
      ],
    })
  })

  test.each([
    ['icd10cm', 'ICD-10-CM'],
    ['snomedct', 'SNOMED-CT'],
    ['SNOMED CT', 'SNOMED-CT'],
    ['ICD-10-CM', 'ICD-10-CM'],
    ['LOINC', 'LOINC'],
  ])('should name the coding system %s as %s', (system, codingSystem) => {
    const condition = medicalCondition({ name: 'X', codes: [{ system, code: 'A1' }] })
    expect(condition).toHaveProperty('code', [
      { '@type': 'MedicalCode', codeValue: 'A1', codingSystem },
    ])
  })

  test('should say nothing it does not know', () => {
    expect(
      medicalCondition({ name: 'X', alternateNames: [], summary: null, symptoms: [], codes: null }),
    ).toEqual({ '@type': 'MedicalCondition', name: 'X' })
  })
})

describe('therapeuticProcedure', () => {
  test.each([
    [
      'the drug with its warnings',
      { boxedWarning: 'May spread.', contraindications: ['an infection there'] },
      ['May spread.', 'Do not use with: an infection there'],
    ],
    ['the drug with no warning', { boxedWarning: null, contraindications: [] }, undefined],
  ])('should give %s', (_name, safety, warning) => {
    const procedure = therapeuticProcedure({
      name: 'Botox',
      drug: { name: 'onabotulinumtoxinA', ...safety },
    })
    expect(procedure).toEqual({
      '@type': 'TherapeuticProcedure',
      name: 'Botox',
      drug: { '@type': 'Drug', name: 'onabotulinumtoxinA', ...(warning ? { warning } : {}) },
    })
  })

  test('should join the followup in order and list no conditions as indications', () => {
    const procedure = therapeuticProcedure({
      name: 'Botox',
      url: 'https://clinic.example/procedures/botox',
      summary: 'Injections.',
      technique: 'Into the masseter.',
      followup: ['Tenderness: mild.', null, 'Repeat every 3 months.'],
      offLabelNotice: 'Off-label for TMJ.',
    })
    expect(procedure).toEqual({
      '@type': 'TherapeuticProcedure',
      name: 'Botox',
      url: 'https://clinic.example/procedures/botox',
      description: 'Injections.',
      howPerformed: 'Into the masseter.',
      followup: 'Tenderness: mild. Repeat every 3 months.',
      disambiguatingDescription: 'Off-label for TMJ.',
    })
    expect(procedure).not.toHaveProperty('indication')
  })
})

describe('howToStep', () => {
  test.each([
    ['both bounds: the longest', { isoMin: 'PT1H', isoMax: 'P2D' }, 'P2D'],
    ['a lower bound only', { isoMin: 'PT1H', isoMax: null }, 'PT1H'],
    ['no bound', { isoMin: null, isoMax: null }, undefined],
    ['no timeframe', null, undefined],
  ])('should give the time required from %s', (_name, timeframe, timeRequired) => {
    const step = howToStep({ title: 'Ice', description: 'Use ice.', order: 2, timeframe })
    expect(step).toEqual({
      '@type': 'HowToStep',
      name: 'Ice',
      text: 'Use ice.',
      position: 2,
      ...(timeRequired ? { timeRequired } : {}),
    })
  })
})

describe('question', () => {
  test.each([
    ['an answer', null, 'Yes.'],
    ['an answer and its off-label notice', 'Off-label.', 'Yes.\n\nOff-label.'],
  ])('should give %s', (_name, offLabelNotice, text) => {
    expect(question({ question: 'Safe?', answerText: 'Yes.', offLabelNotice })).toEqual({
      '@type': 'Question',
      name: 'Safe?',
      acceptedAnswer: { '@type': 'Answer', text },
    })
  })
})
