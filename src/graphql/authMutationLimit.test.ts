import { describe, expect, test } from 'vitest'

import { authMutationLimit } from './authMutationLimit'
import { buildSchema, parse, validate } from './graphqlRuntime'

const schema = buildSchema(`
  type Query { me: String }
  type Mutation {
    loginUser(email: String, password: String): String
    forgotPasswordUser(email: String): Boolean
    updateFaq(id: String): String
  }
`)

const errorsFor = (query: string) =>
  validate(schema, parse(query), [authMutationLimit()]).map((error) => error.message)

describe('authMutationLimit', () => {
  test.each([
    ['one sign-in', 'mutation { loginUser(email: "a", password: "b") }'],
    [
      'a sign-in beside other mutations',
      'mutation { loginUser updateFaq(id: "1") updateFaq2: updateFaq }',
    ],
    ['queries', '{ me a: me b: me }'],
  ])('should accept %s', (_name, query) => {
    expect(errorsFor(query)).toEqual([])
  })

  test.each([
    ['aliased sign-ins', 'mutation { a: loginUser(password: "1") b: loginUser(password: "2") }'],
    ['a sign-in and a reset request', 'mutation { loginUser forgotPasswordUser }'],
    [
      'sign-ins hidden in fragments',
      'mutation { ...A ... on Mutation { c: loginUser } } fragment A on Mutation { a: loginUser }',
    ],
  ])('should refuse %s', (_name, query) => {
    expect(errorsFor(query)).toEqual([expect.stringMatching(/2 sign-in or password operations/)])
  })
})
