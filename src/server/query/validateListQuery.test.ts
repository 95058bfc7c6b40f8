import { parse } from 'qs-esm'
import { describe, expect, test } from 'vitest'

import { validateListQuery } from './validateListQuery'

const parsed = (search: string) =>
  parse(search, { allowEmptyArrays: true, arrayLimit: 1000, depth: 10, ignoreQueryPrefix: true })

describe('validateListQuery', () => {
  test.each([
    '',
    'where[slug][equals]=tmj-disorder',
    'where[slug][in]=a,b',
    'where[slug][in][0]=a&where[slug][in][1]=b',
    'where[or][0][slug][equals]=a&where[or][1][name][like]=b',
    'where[expectedRelief.max][greater_than]=3',
    'where[slug][exists]=true',
    'limit=10&page=2&depth=1&sort=-updatedAt,slug',
  ])('should accept %j', (search) => {
    expect(validateListQuery(parsed(search))).toBeNull()
  })

  test.each([
    ['where[slug][notAnOperator]=x', /unknown operator "notAnOperator"/],
    ['where[slug][like][0]=a&where[slug][like][1]=b', /single value/],
    ['where[slug]=x', /needs an operator/],
    ['where[slug;drop][equals]=x', /not a valid field path/],
    ['where[or]=x', /list of conditions/],
    ['where[slug][exists]=maybe', /true or false/],
    ['where[slug][in][0][nested]=x', /comma-separated list/],
    ['limit=-1', /limit/],
    ['limit=abc', /limit/],
    ['limit=99999', /limit/],
    ['page=0', /page/],
    ['depth=50', /depth/],
    ['sort=slug;drop', /sort/],
    ['where=just-a-string', /must be an object/],
  ])('should refuse %j', (search, message) => {
    expect(validateListQuery(parsed(search))).toMatch(message)
  })

  test('should refuse deep nesting and too many conditions', () => {
    const deep = Array.from({ length: 7 }).reduce<Record<string, unknown>>(
      (inner) => ({ and: [inner] }),
      { slug: { equals: 'x' } },
    )
    expect(validateListQuery({ where: deep })).toMatch(/nests/)
    // Past qs's depth the rest of the brackets stay one literal key: said as nesting, not as a
    // field of that name. Five levels already pass qs's ten brackets; four still parse.
    for (const levels of [5, 7, 20]) {
      expect(
        validateListQuery(parsed('where' + '[and][0]'.repeat(levels) + '[slug][equals]=x')),
      ).toMatch(/nests deeper than a query string is read.*at most 4 levels/)
    }
    expect(
      validateListQuery(parsed('where' + '[and][0]'.repeat(4) + '[slug][equals]=x')),
    ).toBeNull()
    const many = Array.from({ length: 101 }, (_, i) => `where[or][${i}][slug][equals]=${i}`).join(
      '&',
    )
    expect(validateListQuery(parsed(many))).toMatch(/more than 100 conditions/)
  })
})
