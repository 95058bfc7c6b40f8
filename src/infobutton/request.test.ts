import { describe, expect, test } from 'vitest'

import { parseKnowledgeRequest } from './request'

const parse = (query: string) => parseKnowledgeRequest(new URLSearchParams(query))

describe('parseKnowledgeRequest', () => {
  test('should read the MedlinePlus Connect style request', () => {
    expect(
      parse(
        'mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&mainSearchCriteria.v.c=G47.63&mainSearchCriteria.v.dn=Sleep+related+bruxism&informationRecipient.languageCode.c=en&patientPerson.administrativeGenderCode.c=F',
      ),
    ).toEqual({
      ok: true,
      request: {
        code: { system: 'icd10cm', value: 'G47.63' },
        displayName: 'Sleep related bruxism',
        requestedLanguage: 'en',
        language: 'en',
        responseType: 'atom',
        mediaType: 'text/xml',
      },
    })
  })

  test.each([
    ['es', 'es'],
    ['es-MX', 'es'],
    ['fr', 'en'],
  ])('should answer language %s in %s', (asked, answered) => {
    const result = parse(`mainSearchCriteria.v.dn=TMJ&informationRecipient.languageCode.c=${asked}`)
    expect(result.ok && result.request.language).toBe(answered)
  })

  test.each([
    ['', /Give mainSearchCriteria.v.c/],
    ['mainSearchCriteria.v.c=G47.63', /v.cs is missing/],
    ['mainSearchCriteria.v.cs=1.2.3&mainSearchCriteria.v.c=G47.63', /not supported/],
    ['mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=123456', /SNOMED CT/],
    [
      'mainSearchCriteria.v.dn=x&knowledgeResponseType=text/html',
      /text\/xml \(Atom\) or application\/json/,
    ],
    ['mainSearchCriteria.v.dn=x&mainSearchCriteria.v.dn=y', /Give mainSearchCriteria.v.dn once/],
  ])('should refuse %j', (query, message) => {
    const result = parse(query)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join(' ')).toMatch(message)
  })
})
