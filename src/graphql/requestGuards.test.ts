import { describe, expect, test } from 'vitest'

import { graphQLLimits } from './limits'
import { checkGraphQLRequest } from './requestGuards'

describe('checkGraphQLRequest', () => {
  test.each([
    [{ query: '{ a(s: "\\u0000") }' }, undefined, ''],
    [{ query: '{ a }', variables: { s: '\u0000' } }, undefined, ''],
    [undefined, '{ a }', '/api/graphql?query=%7Ba%7D&variables=%7B%22s%22%3A%22%00%22%7D'],
    [undefined, '{ a }', '/api/graphql?variables=%7B%22s%22%3A%22%5Cu0000%22%7D'],
  ])('should refuse a NUL character in %j %j %j', (body, queryText, url) => {
    expect(checkGraphQLRequest(body, queryText, url)).toEqual({
      status: 400,
      message: expect.stringMatching(/NUL character/),
    })
  })

  test.each([
    [{ query: '{ Conditions { docs { name } } }' }, undefined],
    [undefined, '{ Conditions { docs { name } } }'],
    [{ query: 'x'.repeat(graphQLLimits.maxQueryBytes) }, undefined],
    [undefined, undefined],
    [{ query: 42 }, undefined],
  ])('should let %j / %j through', (body, queryText) => {
    expect(checkGraphQLRequest(body, queryText)).toBeNull()
  })

  test('should refuse a batch with 400, saying how many operations it held', () => {
    const batch = Array.from({ length: 100 }, () => ({ query: '{ Conditions { totalDocs } }' }))
    expect(checkGraphQLRequest(batch, undefined)).toEqual({
      status: 400,
      message: expect.stringMatching(/Batched .* 100 operations/),
    })
  })

  test.each([
    [{ query: 'x'.repeat(100_000) }, undefined],
    [undefined, 'x'.repeat(graphQLLimits.maxQueryBytes + 1)],
    // Multi-byte characters count as the bytes they take, not as characters.
    [{ query: 'é'.repeat(graphQLLimits.maxQueryBytes / 2 + 1) }, undefined],
  ])('should refuse an oversized query with 413', (body, queryText) => {
    expect(checkGraphQLRequest(body, queryText)).toEqual({
      status: 413,
      message: expect.stringMatching(/bytes; at most 10000/),
    })
  })
})
