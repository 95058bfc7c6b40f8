import { getIntrospectionQuery, parse, validate } from './graphqlRuntime'
import { describe, expect, test } from 'vitest'

import { costModel } from './costLimit'
import { limitRules } from './limitRules'
import { graphQLLimits } from './limits'
import { miniatureSchema } from './testSchema'

const schema = miniatureSchema()

function errorsFor(
  query: string,
  {
    variables = {},
    allowIntrospection = true,
  }: { variables?: Record<string, unknown>; allowIntrospection?: boolean } = {},
) {
  return validate(schema, parse(query), limitRules({ variables, allowIntrospection })).map(
    (error) => error.message,
  )
}

const nested = (levels: number) =>
  `{ Conditions { docs { ${'parent { '.repeat(levels)}name${' }'.repeat(levels)} } } }`

describe('limitRules', () => {
  test.each([
    [
      'a treatment page query',
      '{ Conditions(limit: 10) { docs { name procedure { name faqs { question } } faqs { question } } } }',
    ],
    ['a lookup by id', '{ Condition(id: "x") { name procedure { name } } }'],
    ['a few aliases', '{ a: Condition(id: "a") { name } b: Condition(id: "b") { name } }'],
    ['nesting at the limit', nested(graphQLLimits.maxDepth - 2)],
    ['the standard introspection query where allowed', getIntrospectionQuery()],
  ])('should accept %s', (_name, query) => {
    expect(errorsFor(query)).toEqual([])
  })

  test('should refuse nesting past the depth limit and name the limit', () => {
    const levels = graphQLLimits.maxDepth
    expect(errorsFor(nested(levels))).toEqual([
      expect.stringMatching(new RegExp(`nests more than ${graphQLLimits.maxDepth} levels deep`)),
    ])
  })

  test('should follow fragments when measuring depth', () => {
    const query = `{ Conditions { docs { ...Deep } } }
      fragment Deep on Condition { ${'parent { '.repeat(graphQLLimits.maxDepth)}name${' }'.repeat(graphQLLimits.maxDepth)} }`
    expect(errorsFor(query)).toEqual([expect.stringMatching(/levels deep/)])
  })

  test('should refuse an alias flood once, naming the limit', () => {
    const aliases = Array.from({ length: 100 }, (_, i) => `a${i}: Condition(id: "${i}") { name }`)
    expect(errorsFor(`{ ${aliases.join(' ')} }`)).toEqual([
      expect.stringMatching(new RegExp(`more than ${graphQLLimits.maxAliases} aliases`)),
    ])
  })

  test.each([
    [
      'a huge literal limit',
      '{ Conditions(limit: 100000) { docs { procedure { faqs { question } } related { procedure { name } } } } }',
    ],
    [
      'limit 0 (all documents)',
      '{ Conditions(limit: 0) { docs { related { procedure { faqs { question } } } } } }',
    ],
  ])('should refuse %s by cost', (_name, query) => {
    expect(errorsFor(query)).toEqual([expect.stringMatching(/documents and relations; at most/)])
  })

  test('should count aliases inside fragments as often as they are spread', () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: name`).join(' ')
    const spreads = Array.from({ length: 4 }, (_, i) => `c${i}: Condition(id: "${i}") { ...Six }`)
    const query = `{ ${spreads.join(' ')} } fragment Six on Condition { ${aliases} }`
    // 4 written aliases + 4 spreads × 6 = 28, over the limit of 20; written once, they are 10.
    expect(errorsFor(query)).toEqual([
      expect.stringMatching(new RegExp(`more than ${graphQLLimits.maxAliases} aliases`)),
    ])
  })

  test('should price only the operation that will run', () => {
    const document = parse(
      'query Small { Condition(id: "x") { name } } query Huge { Conditions(limit: 0) { docs { related { procedure { faqs { question } } } } } }',
    )
    const errorsRunning = (operationName: string) =>
      validate(
        schema,
        document,
        limitRules({ variables: {}, operationName, allowIntrospection: true }),
      ).map((error) => error.message)
    expect(errorsRunning('Small')).toEqual([])
    expect(errorsRunning('Huge')).toEqual([expect.stringMatching(/"Huge" query would load about/)])
  })

  test('should read the limit from variables when pricing a query', () => {
    const query =
      'query Big($n: Int) { Conditions(limit: $n) { docs { related { procedure { faqs { question } } } } } }'
    expect(errorsFor(query, { variables: { n: 5 } })).toEqual([])
    expect(errorsFor(query, { variables: { n: 1000 } })).toEqual([
      expect.stringMatching(/"Big" query would load about \d+ documents/),
    ])
  })

  test('should price relationships at their complexity and lists at the assumed size', () => {
    // Conditions 1 + 10 × (docs 1 + 1 × (procedure 10 + faqs (1 + 10 × 0)))
    const query = '{ Conditions { docs { procedure { faqs { question } } } } }'
    const expected = 1 + costModel.defaultPageSize * (1 + (10 + 1))
    expect(errorsFor(query)).toEqual([])
    const tight = { ...graphQLLimits, maxCost: expected - 1 }
    const errors = validate(
      schema,
      parse(query),
      limitRules({ variables: {}, allowIntrospection: true, limits: tight }),
    )
    expect(errors.map((error) => error.message)).toEqual([
      expect.stringContaining(`about ${expected} documents`),
    ])
  })

  test.each(['{ __schema { types { name } } }', '{ __type(name: "Condition") { name } }'])(
    'should refuse introspection %s where it is off',
    (query) => {
      expect(errorsFor(query, { allowIntrospection: false })).toEqual([
        expect.stringMatching(/Introspection is turned off/),
      ])
    },
  )

  test('should mark every refusal as a client error', () => {
    const errors = validate(
      schema,
      parse(nested(20)),
      limitRules({ variables: {}, allowIntrospection: true }),
    )
    expect(errors[0].extensions).toEqual({ code: 'GRAPHQL_LIMIT_EXCEEDED', statusCode: 400 })
  })
})
