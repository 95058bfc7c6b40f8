import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { loginThrottleLimits } from '../../src/server/loginThrottle'
import { graphql, sendJson } from '../helpers/http'
import { signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
})
afterAll(async () => server?.close())

const graphQLLogin = (email: string, password: string) =>
  graphql(
    server.baseUrl,
    'mutation ($email: String!, $password: String!) { loginUser(email: $email, password: $password) { token } }',
    { email, password },
  )

describe('sign-in over GraphQL', () => {
  test('should refuse many aliased sign-ins in one request before trying any', async () => {
    const guesses = Array.from(
      { length: 20 },
      (_, i) => `g${i}: loginUser(email: "${editor.email}", password: "guess-${i}") { token }`,
    )
    const response = await graphql(server.baseUrl, `mutation { ${guesses.join(' ')} }`)
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body.errors)).toMatch(/20 sign-in or password operations/)
  })

  test('should share one throttle with REST sign-in', async () => {
    // The refused request of 20 sign-ins above counted as one failure from this address.
    const remaining = loginThrottleLimits.failedAttempts - 1
    const statuses: number[] = []
    for (let attempt = 0; attempt < remaining; attempt += 1) {
      statuses.push((await graphQLLogin(`nobody-${attempt}@clinic.test`, 'wrong password')).status)
    }
    expect(statuses).toEqual(Array(remaining).fill(401))
    const overGraphQL = await graphQLLogin(editor.email, 'wrong password')
    expect(overGraphQL.status).toBe(429)
    const overRest = await sendJson('POST', `${server.baseUrl}/api/users/login`, {
      email: editor.email,
      password: 'wrong password',
    })
    expect(overRest.status).toBe(429)
    expect(overRest.body.errors[0].message).toMatch(/Too many failed sign-ins/)
  })
})
