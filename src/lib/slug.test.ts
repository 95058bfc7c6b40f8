import { describe, expect, test } from 'vitest'

import { slugify, validateSlug } from './slug'

describe('validateSlug', () => {
  test.each(['tmj-disorder', 'bruxism', 'a1-b2-c3', 'x'])('should accept %s', (slug) => {
    expect(validateSlug(slug)).toBe(true)
  })

  test.each([
    ['', 'required'],
    ['TMJ', 'lowercase'],
    ['tmj--disorder', 'single hyphens'],
    ['-tmj', 'single hyphens'],
    ['tmj-', 'single hyphens'],
    ['tmj disorder', 'lowercase'],
    ['tmj/../etc', 'lowercase'],
    ['a'.repeat(97), 'at most'],
  ])('should refuse %j with a message mentioning %s', (slug, fragment) => {
    expect(validateSlug(slug)).toEqual(expect.stringContaining(fragment))
  })

  test('should refuse a value that is not a string', () => {
    expect(validateSlug(42)).toEqual(expect.stringContaining('required'))
  })
})

describe('slugify', () => {
  test.each([
    ['Teeth Grinding (Bruxism)', 'teeth-grinding-bruxism'],
    ['TMJ Disorder', 'tmj-disorder'],
    ['  Crème brûlée!  ', 'creme-brulee'],
  ])('should turn %j into %j', (text, slug) => {
    expect(slugify(text)).toBe(slug)
    expect(validateSlug(slugify(text))).toBe(true)
  })
})
