import { describe, expect, test } from 'vitest'

import { codeProblem, officialDisplay, systemByOid, systemByPrefix } from './codes'
import { hasValidVerhoeffCheckDigit, isSnomedCtIdentifier } from './verhoeff'

describe('codeProblem', () => {
  test.each([
    ['icd10cm', 'G47.63', null],
    ['icd10cm', 'M26.609', null],
    ['icd10cm', 'G47.6', /not in the project's ICD-10-CM table/],
    ['icd10cm', 'g47.63', /not shaped like an ICD-10-CM code/],
    ['icd10cm', "G47.63'--", /not shaped/],
    ['snomedct', '22298006', null],
    ['snomedct', '22298007', /Verhoeff/],
    ['snomedct', '0123456', /Verhoeff/],
    ['loinc', '1234-5', /Choose the code system/],
    ['icd10cm', '', /Enter the code/],
  ])('should judge %s %j', (system, code, expected) => {
    const problem = codeProblem(system, code)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toMatch(expected)
  })

  test('should name each table code by its title', () => {
    expect(officialDisplay('icd10cm', 'G47.63')).toBe('Sleep related bruxism')
    expect(officialDisplay('snomedct', '22298006')).toBeNull()
  })

  test('should map OIDs and prefixes to systems', () => {
    expect(systemByOid('2.16.840.1.113883.6.90')).toBe('icd10cm')
    expect(systemByOid('2.16.840.1.113883.6.96')).toBe('snomedct')
    expect(systemByOid('2.16.840.1.113883.6.1')).toBeNull()
    expect(systemByPrefix('icd10cm')).toBe('icd10cm')
    expect(systemByPrefix('SNOMEDCT')).toBe('snomedct')
  })
})

describe('Verhoeff check digit', () => {
  // 236 → check digit 3 is the scheme's textbook example.
  test.each([
    ['2363', true],
    ['2364', false],
    ['404684003', true],
    ['404684004', false],
  ])('should judge %s', (digits, valid) => {
    expect(hasValidVerhoeffCheckDigit(digits)).toBe(valid)
  })

  test('should refuse identifiers too short or with a leading zero', () => {
    expect(isSnomedCtIdentifier('2363')).toBe(false)
    expect(isSnomedCtIdentifier('0404684003')).toBe(false)
  })
})
