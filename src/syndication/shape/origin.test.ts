import { describe, expect, test } from 'vitest'

import { normaliseOrigin, validateOrigins, validateWebhookUrl } from './origin'

describe('normaliseOrigin', () => {
  test.each([
    ['https://partner.example', 'https://partner.example'],
    ['https://partner.example:8443', 'https://partner.example:8443'],
    ['http://localhost:5173', 'http://localhost:5173'],
    ['https://partner.example/', 'https://partner.example'],
    ['https://partner.example/path', null],
    ['ftp://partner.example', null],
    ['partner.example', null],
    [42, null],
  ])('should read %s as %s', (value, expected) => {
    expect(normaliseOrigin(value)).toBe(expected)
  })
})

describe('validateOrigins', () => {
  test.each([
    [undefined, true],
    [['https://a.example', 'http://localhost:3000'], true],
    [['https://a.example/'], false],
    [['https://a.example/app'], false],
    ['https://a.example', false],
  ])('should judge %s', (value, ok) => {
    expect(validateOrigins(value) === true).toBe(ok)
  })
})

describe('validateWebhookUrl', () => {
  test.each([
    ['', true],
    ['https://partner.example/hooks', true],
    ['http://partner.example:8080/hook', true],
    // Private targets are refused unless the deployment allows them (tests, local development).
    ['http://127.0.0.1:9999/hook', false],
    ['http://localhost/hook', false],
    ['https://user:pass@partner.example/hooks', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('should judge %s', (value, ok) => {
    expect(validateWebhookUrl(value) === true).toBe(ok)
  })

  test('should accept a private target when the deployment allows them', () => {
    expect(validateWebhookUrl('http://127.0.0.1:9999/hook', true)).toBe(true)
  })
})
