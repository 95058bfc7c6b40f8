import { describe, expect, test } from 'vitest'

import { type FormParts, formPartsRefusal } from './restBody'

const parts = (overrides: Partial<FormParts>): FormParts => ({
  documents: [],
  documentAsFile: false,
  hasFile: false,
  fileSizes: [],
  ignoredFields: [],
  ...overrides,
})

describe('formPartsRefusal', () => {
  test.each([
    ['a JSON object', parts({ documents: ['{"alt":"A dot"}'] })],
    ['a JSON object beside a file', parts({ documents: ['{}'], hasFile: true })],
    ['a file alone', parts({ hasFile: true })],
  ])('should accept %s at an upload collection', (_name, form) => {
    expect(formPartsRefusal(form, true)).toBeUndefined()
  })

  test('should accept a JSON object without a file where files are not taken', () => {
    expect(formPartsRefusal(parts({ documents: ['{"name":"TMJ"}'] }), false)).toBeUndefined()
  })

  test.each([
    [
      'two files',
      parts({ documents: ['{}'], hasFile: true, fileSizes: [10, 12] }),
      /one file.*has 2/,
    ],
    [
      'an empty file',
      parts({ documents: ['{}'], hasFile: true, fileSizes: [0] }),
      /empty \(0 bytes\)/,
    ],
  ])('should refuse %s at an upload collection, saying so', (_name, form, message) => {
    expect(formPartsRefusal(form, true)).toMatch(message)
  })

  test.each([
    ['a file alone', parts({ hasFile: true })],
    ['a file beside a JSON object', parts({ documents: ['{}'], hasFile: true })],
  ])('should refuse %s where files are not taken', (_name, form) => {
    expect(formPartsRefusal(form, false)).toMatch(/takes no file/)
  })

  test.each([
    ['broken JSON', parts({ documents: ['{"alt":'] }), /must be a JSON object.*not valid JSON/],
    ['a JSON list', parts({ documents: ['[]'] }), /must be a JSON object.*not a list/],
    ['JSON null', parts({ documents: ['null'] }), /not null/],
    ['a JSON number', parts({ documents: ['3'] }), /not a number/],
    ['an escaped NUL', parts({ documents: ['{"alt":"a\\u0000"}'] }), /NUL/],
    ['two documents', parts({ documents: ['{}', '{}'] }), /one _payload part.*has 2/],
    ['a document as a file', parts({ documentAsFile: true }), /plain form field/],
    ['plain fields', parts({ ignoredFields: ['alt', 'caption'] }), /move alt, caption into it/],
    ['plain fields beside a file', parts({ hasFile: true, ignoredFields: ['alt'] }), /move alt/],
    ['nothing at all', parts({}), /no _payload part/],
  ])('should refuse %s', (_name, form, message) => {
    expect(formPartsRefusal(form, true)).toMatch(message)
  })
})
