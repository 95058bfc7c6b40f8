import { describe, expect, test } from 'vitest'

import { SyndicationProblem } from './problem'
import { negotiateFormat, parseLimit, readQuery, resolveLocale } from './query'

const problemOf = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof SyndicationProblem) return error.problemType
    throw error
  }
  return null
}

describe('readQuery', () => {
  test('should pass known single values through', () => {
    expect(readQuery({ locale: 'en', limit: '5' }, ['locale', 'limit', 'cursor'])).toEqual({
      locale: 'en',
      limit: '5',
    })
  })

  test.each([
    ['an unknown parameter', { limt: '5' }],
    ['a repeated parameter', { limit: ['5', '6'] }],
    ['a nested parameter', { limit: { gt: '1' } }],
  ])('should refuse %s', (_name, query) => {
    expect(problemOf(() => readQuery(query, ['limit']))).toBe('invalid-parameter')
  })
})

describe('parseLimit', () => {
  test.each([
    [undefined, 20],
    ['1', 1],
    ['100', 100],
  ])('should read %s as %s', (value, expected) => {
    expect(parseLimit(value)).toBe(expected)
  })

  test.each(['0', '101', '-1', '1.5', 'ten', '', '99999'])('should refuse %s', (value) => {
    expect(problemOf(() => parseLimit(value))).toBe('invalid-parameter')
  })
})

describe('negotiateFormat', () => {
  test.each([
    [undefined, undefined, 'json'],
    [undefined, 'application/json', 'json'],
    [undefined, 'application/ld+json', 'jsonld'],
    [undefined, 'application/ld+json;q=0, application/json', 'json'],
    [undefined, 'application/ld+json;q=0', 'json'],
    [undefined, 'application/json;q=0.5, application/ld+json', 'jsonld'],
    [undefined, 'application/ld+json;q=0.8, application/json', 'json'],
    [undefined, 'Application/LD+JSON', 'jsonld'],
    [undefined, '*/*', 'json'],
    [undefined, 'text/html,application/xhtml+xml,*/*;q=0.8', 'json'],
    ['html', 'application/ld+json', 'html'],
    ['jsonld', undefined, 'jsonld'],
  ])('should read format %s with Accept %s as %s', (value, accept, expected) => {
    expect(negotiateFormat(value, accept)).toBe(expected)
  })

  test('should refuse an unknown format', () => {
    expect(problemOf(() => negotiateFormat('xml', undefined))).toBe('invalid-parameter')
  })
})

describe('resolveLocale', () => {
  test.each([
    ['no locale asked', undefined, ['en', 'es'], ['en', 'es'], 'en'],
    ['a scoped locale', 'es', ['en', 'es'], ['en', 'es'], 'es'],
    ['the first offered scoped locale', undefined, ['es', 'en'], ['en'], 'en'],
  ])('should answer %s', (_name, value, scoped, offered, expected) => {
    expect(resolveLocale(value, scoped, offered)).toBe(expected)
  })

  test.each([
    ['a locale outside the scope', 'es', ['en'], ['en', 'es'], 'out-of-scope'],
    ['a locale the CMS does not offer', 'fr', ['en'], ['en', 'es'], 'invalid-parameter'],
    ['no usable locale at all', undefined, ['es'], ['en'], 'out-of-scope'],
  ])('should refuse %s', (_name, value, scoped, offered, expected) => {
    expect(problemOf(() => resolveLocale(value, scoped, offered))).toBe(expected)
  })
})
