/**
 * The key under which our @payloadcms/drizzle patch keeps a read's built SQL
 * (dist/find/builtQueries.js). Two reads may share a key only when they would build the same SQL;
 * a key that confused them would run one reader's query for another, so these tests are about the
 * values that look alike. test/database/builtQueryReuse.int.test.ts checks the reads themselves.
 */
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { describe, expect, test } from 'vitest'

type BuiltQueries = {
  get: (key: string) => unknown
  set: (key: string, entry: unknown) => void
  readonly size: number
}
type Module = {
  builtQueryKey: (args: Record<string, unknown>) => string | undefined
  builtQueries: (db: object) => BuiltQueries
}

// Not among the package's exports: loaded by its file, as the patch adds it.
const modulePath = path.resolve('node_modules/@payloadcms/drizzle/dist/find/builtQueries.js')
const { builtQueryKey, builtQueries } = (await import(pathToFileURL(modulePath).href)) as Module

const fields = [{ name: 'slug', type: 'text' }]
const keyOf = (args: Record<string, unknown>, withFields: unknown[] = fields) =>
  builtQueryKey({ fields: withFields, tableName: 'faqs', ...args })

describe('built query keys', () => {
  test('should give the same read the same key', () => {
    const read = () => ({ where: { and: [{ slug: { equals: 'a' } }] }, sort: 'order', limit: 10 })
    expect(keyOf(read())).toBeDefined()
    expect(keyOf(read())).toBe(keyOf(read()))
  })

  test.each([
    ['a string and a number', { equals: '1' }, { equals: 1 }],
    ['a value left undefined and no value', { equals: undefined }, {}],
    ['null and undefined', { equals: null }, { equals: undefined }],
    ['an array and an object with the same entries', { in: ['a'] }, { in: { 0: 'a' } }],
    ['true and the string "true"', { equals: true }, { equals: 'true' }],
    ['0 and -0', { equals: 0 }, { equals: -0 }],
    ['a quote inside a string', { equals: 'a","b' }, { equals: 'a', b: '' }],
  ])('should tell apart %s', (_name, one, other) => {
    expect(keyOf({ where: { slug: one } })).not.toBe(keyOf({ where: { slug: other } }))
  })

  test('should tell apart reads of different field definitions, even when they look alike', () => {
    expect(keyOf({}, [{ name: 'slug', type: 'text' }])).not.toBe(
      keyOf({}, [{ name: 'slug', type: 'text' }]),
    )
  })

  test.each([
    ['a Date', new Date(0)],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a class instance', new URL('https://clinic.test')],
    ['a function', () => 'a'],
    ['a bigint', 1n],
  ])('should give no key to a read holding %s', (_name, value) => {
    expect(keyOf({ where: { slug: { equals: value } } })).toBeUndefined()
  })

  test('should give no key without a fields array', () => {
    expect(builtQueryKey({ tableName: 'faqs' })).toBeUndefined()
  })
})

describe('built queries kept', () => {
  test('should keep at most 500 per database, dropping the least recently used first', () => {
    const kept = builtQueries({})
    for (let index = 0; index < 500; index += 1) kept.set(`read ${index}`, { index })
    expect(kept.get('read 0')).toEqual({ index: 0 })
    kept.set('read 500', { index: 500 })
    expect(kept.size).toBe(500)
    expect(kept.get('read 1')).toBeUndefined()
    expect(kept.get('read 0')).toEqual({ index: 0 })
    expect(kept.get('read 500')).toEqual({ index: 500 })
  })

  test('should keep each database its own', () => {
    const one = builtQueries({})
    one.set('read', 1)
    expect(builtQueries({}).get('read')).toBeUndefined()
  })
})
