import { describe, expect, test } from 'vitest'

import { doublingFragments } from '../../test/helpers/hostileGraphql'
import { measureDocument } from './fragmentBudget'
import { getIntrospectionQuery, parse } from './graphqlRuntime'
import { graphQLLimits } from './limits'
import { parseWithinLimits } from './limitRules'

describe('measureDocument', () => {
  test.each([
    ['a plain query', '{ Conditions { docs { name slug } } }', 0, 4],
    [
      'one fragment',
      '{ Conditions { docs { ...C } } } fragment C on Condition { name slug }',
      1,
      4,
    ],
    ['inline fragments', '{ Conditions { docs { ... on Condition { name } } } }', 0, 3],
    ['three doubling levels', doublingFragments(3), 5, 2 + 4],
    ['an unknown fragment', '{ Conditions { docs { ...Missing } } }', 1, 3],
    ['a fragment cycle', '{ a { ...A } } fragment A on T { ...B } fragment B on T { ...A }', 3, 2],
  ])('should count %s', (_name, query, spreads, expandedSelections) => {
    expect(measureDocument(parse(query))).toEqual({ spreads, expandedSelections })
  })

  test('should count 22 doubling levels as millions of selections without expanding them', () => {
    expect(measureDocument(parse(doublingFragments(22))).expandedSelections).toBe(2 + 2 ** 21)
  })

  test('should stop counting at the cap', () => {
    expect(measureDocument(parse(doublingFragments(60)), 5_000).expandedSelections).toBe(5_000)
  })
})

describe('parseWithinLimits', () => {
  test('should accept the standard introspection query, as GraphQL tools send it', () => {
    const { spreads, expandedSelections } = measureDocument(parse(getIntrospectionQuery()))
    expect(spreads).toBeLessThanOrEqual(graphQLLimits.maxFragmentSpreads)
    expect(expandedSelections).toBeLessThanOrEqual(graphQLLimits.maxExpandedSelections)
    expect(() => parseWithinLimits(getIntrospectionQuery())).not.toThrow()
  })

  test('should refuse doubling fragments by their expanded size', () => {
    expect(() => parseWithinLimits(doublingFragments(22))).toThrow(/more than 2000 fields/)
  })

  test('should refuse a document with too many spreads', () => {
    const query = `{ Conditions { docs { ${'...C '.repeat(101)} } } } fragment C on Condition { id }`
    expect(() => parseWithinLimits(query)).toThrow(/spreads fragments 101 times; at most 100/)
  })
})
