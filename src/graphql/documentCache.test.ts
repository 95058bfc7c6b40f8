import { describe, expect, test } from 'vitest'

import { cachedParse, cachedValidate } from './documentCache'
import { parse, specifiedRules, validate } from './graphqlRuntime'
import { limitRules, parseWithinLimits } from './limitRules'
import { graphQLLimits } from './limits'
import { miniatureSchema } from './testSchema'

const schema = miniatureSchema()
const rulesFor = (variables: Record<string, unknown>) =>
  [...specifiedRules].concat(limitRules({ variables, allowIntrospection: true }))
const messages = (errors: readonly { message: string }[]) => errors.map(({ message }) => message)

const nested = (levels: number) =>
  `{ Conditions { docs { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`

describe('cachedValidate', () => {
  test.each([
    ['a valid query', '{ Conditions(limit: 10) { docs { name procedure { name } } } }', {}],
    [
      'a query with variables',
      'query Q($n: Int) { Conditions(limit: $n) { docs { name } } }',
      { n: 3 },
    ],
    ['an unknown field', '{ Conditions { docs { colour } } }', {}],
    ['nesting past the limit', nested(graphQLLimits.maxDepth), {}],
    [
      'an unknown field and nesting past the limit',
      `{ Faqs ${nested(graphQLLimits.maxDepth).slice(1)}`,
      {},
    ],
  ])(
    'should give what plain validate gives for %s, the first time and again',
    (_name, query, variables) => {
      const check = cachedValidate(schema)
      const remember = cachedParse((source) => parse(source))
      const expected = messages(validate(schema, parse(query), rulesFor(variables)))
      for (let attempt = 0; attempt < 3; attempt += 1) {
        expect(messages(check(schema, remember(query), rulesFor(variables)))).toEqual(expected)
      }
    },
  )

  test('should still apply the variable-dependent limits to a document it has seen pass', () => {
    const check = cachedValidate(schema)
    const remember = cachedParse((source) => parse(source))
    const query = 'query Q($n: Int) { Conditions(limit: $n) { docs { name procedure { name } } } }'
    expect(check(schema, remember(query), rulesFor({ n: 2 }))).toEqual([])
    const tooMany = messages(check(schema, remember(query), rulesFor({ n: 100_000 })))
    expect(tooMany).toEqual(messages(validate(schema, parse(query), rulesFor({ n: 100_000 }))))
    expect(tooMany).not.toEqual([])
  })
})

describe('cachedParse', () => {
  test('should give the same document for the same text', () => {
    const remember = cachedParse((source) => parseWithinLimits(source))
    const query = '{ Conditions { docs { name } } }'
    expect(remember(query)).toBe(remember(query))
    expect(remember(query)).toEqual(parse(query))
  })

  test('should refuse a document over the limits every time it is sent', () => {
    const remember = cachedParse((source) => parseWithinLimits(source))
    const flood = `{ ${'Conditions { docs { name } } '.repeat(graphQLLimits.maxTokens)} }`
    expect(() => remember(flood)).toThrow()
    expect(() => remember(flood)).toThrow()
  })

  test('should forget the least recently used texts beyond its size', () => {
    let parses = 0
    const remember = cachedParse((source) => {
      parses += 1
      return parse(source)
    }, 100)
    const first = '{ Conditions { docs { name } } }'
    remember(first)
    for (let i = 0; i < 10; i += 1) remember(`{ Condition(id: "${i}") { name } }`)
    remember(first)
    expect(parses).toBe(12)
  })
})
