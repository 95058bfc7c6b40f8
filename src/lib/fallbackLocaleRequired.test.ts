import type { Field, Validate } from 'payload'
import { describe, expect, test } from 'vitest'

import { requiredInDefaultLocale } from './fallbackLocaleRequired'

const therapies = {
  name: 'complementaryTherapies',
  type: 'array',
  fields: [{ name: 'therapy', type: 'text', required: true, localized: true }],
} as Field

const validateOf = (field: Field) =>
  (requiredInDefaultLocale(field, 'en') as { fields: { validate: Validate }[] }).fields[0].validate

const options = (locale: string) =>
  ({ required: true, req: { locale, t: (key: string) => key, payload: { config: {} } } }) as never

describe('requiredInDefaultLocale', () => {
  test.each([
    ['en', 'validation:required'],
    ['es', true],
  ])('should require a localized field inside a list in %s: %s', async (locale, expected) => {
    expect(await validateOf(therapies)('', options(locale))).toBe(expected)
  })

  test('should leave fields that are not localized as they were', () => {
    const field = { name: 'slug', type: 'text', required: true } as Field
    expect(requiredInDefaultLocale(field, 'en')).toEqual(field)
  })
})
