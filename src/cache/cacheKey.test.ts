import { describe, expect, test } from 'vitest'

import { cacheKey, normalizeQuery } from './cacheKey'

const base = {
  method: 'GET',
  path: '/api/conditions',
  query: '',
  scope: 'anonymous',
  varyValues: [],
}

describe('normalizeQuery', () => {
  test.each([
    ['', ''],
    ['limit=10', 'limit=10'],
    ['limit=10&depth=1', 'depth=1&limit=10'],
    ['depth=1&limit=10', 'depth=1&limit=10'],
    ['b=2&a=1&b=1', 'a=1&b=2&b=1'],
    ['where%5Bslug%5D%5Bequals%5D=tmj', 'where%5Bslug%5D%5Bequals%5D=tmj'],
    ['where[slug][equals]=tmj', 'where%5Bslug%5D%5Bequals%5D=tmj'],
    ['locale=es', 'locale=es'],
  ])('should normalize %j to %j', (input, expected) => {
    expect(normalizeQuery(input)).toBe(expected)
  })
})

describe('cacheKey', () => {
  test('should give the same key for the same question asked in another parameter order', () => {
    expect(cacheKey({ ...base, query: 'limit=10&depth=1' })).toBe(
      cacheKey({ ...base, query: 'depth=1&limit=10' }),
    )
  })

  test.each([
    ['method', { method: 'HEAD' }],
    ['path', { path: '/api/faqs' }],
    ['query', { query: 'limit=5' }],
    ['locale', { query: 'locale=es' }],
    ['scope', { scope: 'partner:abc' }],
    ['vary header', { varyValues: ['https://clinic.example'] }],
    ['body', { body: Buffer.from('{"query":"{ a }"}') }],
  ])('should give a different key when the %s differs', (_name, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(cacheKey(base))
  })

  test('should give different keys to different bodies', () => {
    expect(cacheKey({ ...base, body: Buffer.from('a') })).not.toBe(
      cacheKey({ ...base, body: Buffer.from('b') }),
    )
  })
})
