import { describe, expect, test } from 'vitest'

import { findClaims, type StructuredDuration, type TextEntry } from './findClaims'

const en = (field: string, text: string): TextEntry => ({ field, locale: 'en', text })
const kindsAndMatches = (entries: TextEntry[], durations: StructuredDuration[] = []) =>
  findClaims(entries, durations).map((finding) => [finding.kind, finding.match])

describe('findClaims: phrases a clinician must approve', () => {
  test.each([
    ['Botox® is a safe and effective treatment.', [['absolute', 'safe']]],
    ['you will not have any lingering side effects', [['absolute', 'not have any lingering']]],
    ['There are no side effects.', [['absolute', 'no side effects']]],
    ['It can bring substantial or total pain relief.', [['absolute', 'total pain relief']]],
    ['Results are guaranteed.', [['absolute', 'guaranteed']]],
    [
      'It is FDA-approved and safe.',
      [
        ['absolute', 'safe'],
        ['regulatory', 'FDA-approved'],
      ],
    ],
    ['The drug is approved in the US for cervical dystonia.', [['regulatory', 'approved']]],
    [
      'When we inject Botox into our patients',
      [
        ['first-person', 'we'],
        ['first-person', 'our'],
      ],
    ],
    [
      'Nuestro equipo está aprobado',
      [
        ['regulatory', 'aprobado'],
        ['first-person', 'Nuestro'],
      ],
    ],
    ['Read the safety information; safely stored.', []],
    ['The approval does not include this condition.', []],
    ['Some users report it.', []],
  ])('should flag %j', (text, expected) => {
    expect(kindsAndMatches([en('body', text)])).toEqual(expected)
  })

  test('should flag each locale separately and keep the sentence as the phrase', () => {
    const findings = findClaims([
      en('summary', 'Intro. It is safe when given well. More.'),
      { field: 'summary', locale: 'es', text: 'Sin efectos secundarios.' },
    ])
    expect(findings.map((f) => [f.locale, f.phrase])).toEqual([
      ['en', 'It is safe when given well.'],
      ['es', 'Sin efectos secundarios.'],
    ])
  })

  test('should flag a cause stated as certain where the prose says "may"', () => {
    const entries = [
      en('summary', 'Daily headaches may be the result of the clenching of muscle clusters.'),
      en('causes.0', 'clenching of muscle clusters'),
    ]
    expect(kindsAndMatches(entries)).toEqual([['unhedged-cause', 'clenching of muscle clusters']])
  })

  test('should not flag a cause the prose states as certain, or one that keeps its hedge', () => {
    expect(
      kindsAndMatches([en('body', 'Grinding is caused by stress.'), en('causes.0', 'stress')]),
    ).toEqual([])
    expect(
      kindsAndMatches([en('body', 'It may be stress.'), en('causes.0', 'may be stress')]),
    ).toEqual([])
  })
})

describe('findClaims: durations in text against the structured ones', () => {
  const relief = (index: number, min: number | null, max: number): StructuredDuration => ({
    field: `reliefDurations.${index}.duration`,
    group: 'reliefDurations.duration',
    min,
    max,
    unit: 'months',
  })
  const onset: StructuredDuration = { field: 'onset', group: 'onset', min: 1, max: 3, unit: 'days' }

  test.each([
    ['relaxed for up to four months', [relief(0, null, 4)], []],
    ['benefits occur within one to three days', [onset], []],
    ['benefits occur within two to five days', [onset], [['duration', 'within two to five days']]],
    [
      'relaxed for up to four months',
      [relief(0, 3, 6), relief(1, null, 4)],
      [['duration', 'up to four months']],
    ],
    ['relief lasts 3-6 months', [relief(0, 3, 6)], []],
    ['relief lasts 3-6 months', [onset], []],
  ])('should judge %j', (text, durations, expected) => {
    expect(kindsAndMatches([en('body', text)], durations)).toEqual(expected)
  })

  test('should not flag the wording of a structured duration itself', () => {
    const entry = {
      ...en('reliefDurations.1.duration.wording', 'up to four months'),
      structured: true,
    }
    expect(kindsAndMatches([entry], [relief(0, 3, 6), relief(1, null, 4)])).toEqual([])
  })
})
