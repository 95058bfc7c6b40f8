import { describe, expect, test } from 'vitest'

import { executionErrorStatus, graphQLErrorCode, withErrorCodes } from './errorCode'

describe('graphQLErrorCode', () => {
  test.each([
    [400, 'BAD_USER_INPUT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [412, 'PRECONDITION_FAILED'],
    [418, 'BAD_REQUEST'],
    [500, 'INTERNAL_SERVER_ERROR'],
    [503, 'INTERNAL_SERVER_ERROR'],
  ])('should name status %i %s', (status, code) => {
    expect(graphQLErrorCode(status)).toBe(code)
  })
})

describe('executionErrorStatus', () => {
  test('should take Payload’s status, blame the client for graphql-js errors, else the server', () => {
    expect(executionErrorStatus({ originalError: { status: 403 } })).toBe(403)
    expect(executionErrorStatus({})).toBe(400)
    expect(executionErrorStatus({ originalError: new Error('resolver broke') as never })).toBe(500)
  })
})

describe('withErrorCodes', () => {
  test('should code errors graphql-http answered before execution, and keep existing codes', () => {
    const result = withErrorCodes(
      {
        errors: [
          { message: 'Syntax Error: Expected Name, found <EOF>.' },
          { message: 'Variable "$limit" got invalid value "ten"' },
          { message: 'Cannot query field "dosage" on type "Condition".' },
          { message: 'You are not allowed', extensions: { code: 'FORBIDDEN' } },
        ],
      },
      400,
    )
    expect(result.errors.map((error) => error.extensions?.code)).toEqual([
      'GRAPHQL_PARSE_FAILED',
      'BAD_USER_INPUT',
      'GRAPHQL_VALIDATION_FAILED',
      'FORBIDDEN',
    ])
  })

  test('should return the same answer when every error has a code', () => {
    const answer = { data: null, errors: [{ message: 'x', extensions: { code: 'NOT_FOUND' } }] }
    expect(withErrorCodes(answer, 404)).toBe(answer)
  })
})
