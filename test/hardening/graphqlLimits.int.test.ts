import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { doublingFragments } from '../helpers/hostileGraphql'
import { graphql, sendJson } from '../helpers/http'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
  await server.payload.create({
    collection: 'conditions',
    data: {
      name: 'Bruxism',
      slug: 'bruxism',
      summary: 'Teeth grinding.',
      indication: { status: 'unknown' as const },
      _status: 'published',
    },
    overrideAccess: true,
  })
})
afterAll(async () => server?.close())

const readMethods = ['find', 'findOne', 'count', 'queryDrafts', 'findVersions', 'findGlobal']

/** Counts the database reads made while `send` runs: a refused query must make none. */
async function countDatabaseReads<T>(
  send: () => Promise<T>,
): Promise<{ result: T; reads: number }> {
  const db = server.payload.db as unknown as Record<string, (...args: unknown[]) => unknown>
  const originals = new Map(readMethods.map((name) => [name, db[name]]))
  let reads = 0
  for (const [name, original] of originals) {
    db[name] = (...args: unknown[]) => {
      // Only reads made for a GraphQL request count: background work (the jobs queue, hooks
      // finishing after the fixture's publish) reads through the Local API, not for the query.
      const req = (args[0] as { req?: { payloadAPI?: string } } | undefined)?.req
      if (req?.payloadAPI === 'GraphQL') reads += 1
      return original.apply(db, args)
    }
  }
  try {
    return { result: await send(), reads }
  } finally {
    for (const [name, original] of originals) db[name] = original
  }
}

const nestedRelations = (levels: number) =>
  `{ Faqs { docs { ${'relatedConditions { relatedProcedures { docs { conditionsTreated { '.repeat(levels)} name ${'} } } } '.repeat(levels)} } } }`

const hostileQueries: [string, () => Promise<{ status: number; body: any }>, RegExp][] = [
  ['deep nesting', () => graphql(server.baseUrl, nestedRelations(4)), /levels deep/],
  [
    'an alias flood',
    () =>
      graphql(
        server.baseUrl,
        `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: Conditions { totalDocs }`).join(' ')} }`,
      ),
    /aliases/,
  ],
  [
    'a batch of 100',
    () =>
      sendJson(
        'POST',
        `${server.baseUrl}/api/graphql`,
        Array.from({ length: 100 }, () => ({ query: '{ Conditions { totalDocs } }' })),
      ),
    /Batched .* 100 operations/,
  ],
  [
    'a 100 KB query',
    () => graphql(server.baseUrl, `{ Conditions { docs { ${'name '.repeat(20_000)} } } }`),
    /bytes; at most/,
  ],
  [
    'a huge limit',
    () =>
      graphql(
        server.baseUrl,
        '{ Conditions(limit: 100000) { docs { relatedProcedures { docs { conditionsTreated { name } } } } } }',
      ),
    /documents and relations/,
  ],
  [
    'fragments that each spread the next twice, 22 levels deep',
    () => graphql(server.baseUrl, doublingFragments(22)),
    /more than 2000 fields/,
  ],
  [
    'a token flood in a small query',
    () => graphql(server.baseUrl, `{ Conditions { docs { ${'a '.repeat(3000)} } } }`),
    /2000 tokens/,
  ],
]

describe('hostile GraphQL queries', () => {
  test.each(hostileQueries)(
    'should refuse %s with a 4xx before any resolver runs',
    async (_name, send, mention) => {
      const { result, reads } = await countDatabaseReads(send)
      expect(result.status).toBeGreaterThanOrEqual(400)
      expect(result.status).toBeLessThan(500)
      expect(JSON.stringify(result.body.errors)).toMatch(mention)
      expect(result.body.data).toBeUndefined()
      expect(reads).toBe(0)
    },
  )

  test('should refuse an oversized query sent with GET too', async () => {
    const query = `{ Conditions { docs { ${'name '.repeat(2_100)} } } }`
    const response = await fetch(`${server.baseUrl}/api/graphql?query=${encodeURIComponent(query)}`)
    expect(response.status).toBe(413)
  })
})

describe('ordinary GraphQL queries', () => {
  test('should answer a treatment page query with its relations', async () => {
    const { status, body } = await graphql(
      server.baseUrl,
      `
        query Page($slug: String) {
          Conditions(where: { slug: { equals: $slug } }, limit: 1) {
            docs {
              name
              summary
              relatedProcedures {
                docs {
                  name
                  conditionsTreated {
                    name
                  }
                }
              }
            }
          }
          Faqs(limit: 20) {
            docs {
              question
              relatedConditions {
                name
              }
            }
          }
        }
      `,
      { slug: 'bruxism' },
    )
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Conditions.docs).toEqual([
      expect.objectContaining({ name: 'Bruxism', relatedProcedures: expect.anything() }),
    ])
  })

  test('should run the chosen operation of a document that holds several', async () => {
    const response = await sendJson('POST', `${server.baseUrl}/api/graphql`, {
      query:
        'query A { Conditions { totalDocs } } query B($slug: String!) { Conditions(where: { slug: { equals: $slug } }) { totalDocs } }',
      operationName: 'A',
    })
    expect(response.status).toBe(200)
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Conditions.totalDocs).toBe(1)
  })

  test.each([
    ['an anonymous operation', '{ Conditions { totalDocs } }'],
    ['a name no operation has', 'query A { Conditions { totalDocs } }'],
    [
      'a named and an anonymous operation',
      '{ Conditions { totalDocs } } query X { Conditions { totalDocs } }',
    ],
  ])('should answer 400, not 500, for operationName "X" with %s', async (_name, query) => {
    const response = await sendJson('POST', `${server.baseUrl}/api/graphql`, {
      query,
      operationName: 'X',
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toEqual(expect.any(String))
  })

  test('should allow introspection outside production', async () => {
    const { status, body } = await graphql(server.baseUrl, '{ __schema { queryType { name } } }')
    expect(status).toBe(200)
    expect(body.data.__schema.queryType.name).toBe('Query')
  })
})
