import { describe, expect, test } from 'vitest'

import { graphQLStatus } from './graphqlStatus'

describe('graphQLStatus', () => {
  test.each([
    ['a success', { data: { Conditions: { docs: [] } } }, 200, 200],
    ['a parse or validation error (no data)', { errors: [{}] }, 200, 400],
    ['a null data with errors', { data: null, errors: [{}] }, 200, 400],
    [
      'a refused mutation',
      { data: { createCondition: null }, errors: [{ extensions: { statusCode: 403 } }] },
      200,
      403,
    ],
    [
      'a failed validation',
      { data: { createCondition: null }, errors: [{ extensions: { statusCode: 400 } }] },
      200,
      400,
    ],
    [
      'a server fault',
      { data: { Conditions: null }, errors: [{ extensions: { statusCode: 500 } }] },
      200,
      500,
    ],
    [
      'a partial result',
      { data: { a: { ok: true }, b: null }, errors: [{ extensions: { statusCode: 404 } }] },
      200,
      200,
    ],
    ['a transport error graphql-http already set', { errors: [{}] }, 415, 415],
  ])('should answer %s with the right status', (_name, result, transport, expected) => {
    expect(graphQLStatus(result, transport)).toBe(expected)
  })
})
