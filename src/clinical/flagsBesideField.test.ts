import { describe, expect, test } from 'vitest'

import { flagsBesideField, flagsInForm, type FlagInForm } from './flagsBesideField'

const flag = (field: string, locale: string, status = 'open', match = 'safe'): FlagInForm => ({
  field,
  locale,
  kind: 'absolute',
  match,
  phrase: `It is ${match}.`,
  reason: 'Absolute safety or efficacy claim.',
  status,
})

describe('flagsBesideField', () => {
  const flags = [
    flag('safetyNote', 'en'),
    flag('safetyNote', 'es', 'open', 'aprobado'),
    flag('downtime.note', 'en', 'acknowledged', 'no lingering'),
    flag('alternateNames.2', 'en'),
    flag('complementaryTherapies.0.therapy', 'en'),
    flag('drug', 'all'),
    flag('safetyNoteExtra', 'en'),
  ]

  test.each([
    ['safetyNote', 'en', ['safetyNote']],
    ['safetyNote', 'es', ['safetyNote']],
    ['downtime.note', 'en', ['downtime.note']],
    ['downtime.note', 'es', []],
    ['alternateNames', 'en', ['alternateNames.2']],
    ['complementaryTherapies.0.therapy', 'en', ['complementaryTherapies.0.therapy']],
    ['complementaryTherapies.1.therapy', 'en', []],
    ['drug', 'es', ['drug']],
    ['summary', 'en', []],
  ])('should show beside %s (%s) the flags on %j', (path, locale, expected) => {
    expect(flagsBesideField(flags, path, locale).map((row) => row.field)).toEqual(expected)
  })

  test('should show the locale’s own flag, not another locale’s', () => {
    expect(flagsBesideField(flags, 'safetyNote', 'es').map((row) => row.match)).toEqual([
      'aprobado',
    ])
  })

  test('should list open flags before acknowledged ones', () => {
    const rows = [flag('body', 'en', 'acknowledged', 'we'), flag('body', 'en', 'open', 'safe')]
    expect(flagsBesideField(rows, 'body', 'en').map((row) => row.status)).toEqual([
      'open',
      'acknowledged',
    ])
  })
})

describe('flagsInForm', () => {
  test('should read each claimFlags row from the form state', () => {
    const rows = flagsInForm({
      'claimFlags.0.field': { value: 'body' },
      'claimFlags.0.locale': { value: 'en' },
      'claimFlags.0.kind': { value: 'first-person' },
      'claimFlags.0.match': { value: 'we' },
      'claimFlags.0.phrase': { value: 'When we inject Botox.' },
      'claimFlags.0.reason': { value: 'First person.' },
      'claimFlags.0.status': { value: 'acknowledged' },
      'claimFlags.1.field': { value: 'summary' },
      summary: { value: 'Text' },
    })
    expect(rows).toEqual([
      {
        field: 'body',
        locale: 'en',
        kind: 'first-person',
        match: 'we',
        phrase: 'When we inject Botox.',
        reason: 'First person.',
        status: 'acknowledged',
      },
      {
        field: 'summary',
        locale: '',
        kind: '',
        match: '',
        phrase: '',
        reason: '',
        status: 'open',
      },
    ])
  })
})
