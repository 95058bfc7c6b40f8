import { describe, expect, test } from 'vitest'

import { isGraphQLQueryBody } from './graphqlOperation'

const body = (value: unknown) => Buffer.from(JSON.stringify(value))

describe('isGraphQLQueryBody', () => {
  test.each([
    ['a shorthand query', body({ query: '{ Conditions { docs { name } } }' }), true],
    ['a named query', body({ query: 'query A { Conditions { docs { name } } }' }), true],
    ['a mutation', body({ query: 'mutation { deleteCondition(id: 1) { id } }' }), false],
    [
      'a mutation picked by name',
      body({ query: 'query A { a } mutation B { b }', operationName: 'B' }),
      false,
    ],
    [
      'a query picked by name',
      body({ query: 'query A { a } mutation B { b }', operationName: 'A' }),
      true,
    ],
    ['two operations and no name', body({ query: 'query A { a } query B { b }' }), false],
    ['a subscription', body({ query: 'subscription { a }' }), false],
    ['a syntax error', body({ query: '{ a' }), false],
    ['no query', body({ variables: {} }), false],
    ['broken JSON', Buffer.from('{"query":'), false],
  ])('should say %s is a query: %s', (_name, input, expected) => {
    expect(isGraphQLQueryBody(input)).toBe(expected)
  })
})
