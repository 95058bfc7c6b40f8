import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createCondition } from '../cache/content'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember
let conditionId: string | number

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  conditionId = (await createCondition(server.payload, 'published')).id
})
afterAll(async () => server?.close())

const varyOf = (response: Response) =>
  (response.headers.get('vary') ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)

describe('HEAD on the REST API', () => {
  test.each([() => '/api/conditions', () => `/api/conditions/${conditionId}`])(
    'should answer as GET does, without a body (%#)',
    async (path) => {
      const get = await fetch(`${server.baseUrl}${path()}`)
      const head = await fetch(`${server.baseUrl}${path()}`, { method: 'HEAD' })
      expect(head.status).toBe(get.status)
      expect(head.status).toBe(200)
      expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'))
      expect(await head.text()).toBe('')
    },
  )
})

describe('caching headers on the editors API', () => {
  test('should say anonymous answers vary by Origin and by who is signed in', async () => {
    for (let read = 0; read < 2; read++) {
      // The second read is answered by the response cache, which must keep the header.
      const response = await fetch(`${server.baseUrl}/api/conditions`)
      expect(varyOf(response)).toEqual(
        expect.arrayContaining(['origin', 'cookie', 'authorization']),
      )
      expect(response.headers.get('cache-control') ?? '').not.toMatch(/private/)
    }
  })

  test.each([
    ['a signed-in read', () => ({ url: '/api/conditions', headers: bearer(editor) })],
    ['a draft read', () => ({ url: '/api/conditions?draft=true', headers: {} })],
    [
      'a signed-in GraphQL read',
      () => ({
        url: '/api/graphql?query=%7BConditions%7BtotalDocs%7D%7D',
        headers: bearer(editor),
      }),
    ],
  ])('should keep %s out of shared caches', async (_name, request) => {
    const { url, headers } = request()
    const response = await fetch(`${server.baseUrl}${url}`, { headers })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(varyOf(response)).toEqual(expect.arrayContaining(['cookie', 'authorization']))
  })
})
