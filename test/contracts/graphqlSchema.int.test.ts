import { diff } from '@graphql-inspector/core'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { signInAs } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * The committed schema.graphql is the contract integrators generate clients from. Every engine
 * this run covers (SQLite always; PostgreSQL and MongoDB when given a server, see the engines
 * announced at the start of the run) must serve exactly it: graphql-inspector, the tool integrators
 * use to catch breaking changes, finds no difference at all between the file and what the running
 * server answers to introspection over HTTP.
 */
const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'
// graphql-inspector is loaded by Node, which resolves graphql to its CommonJS build, while Vite
// would give this file the ES module build: a second copy whose types the inspector refuses.
// Schemas are built with the inspector's copy.
const { buildClientSchema, buildSchema, getIntrospectionQuery, printSchema } = createRequire(
  import.meta.url,
)('graphql') as typeof import('graphql')
let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.close()
})

/** Everything introspection can show, so the comparison covers all that SDL says. */
const everythingIntrospected = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
}

test(`should serve exactly the committed schema.graphql on ${engine}`, async () => {
  const committed = buildSchema(
    fs.readFileSync(path.resolve(process.cwd(), 'schema.graphql'), 'utf8'),
  )
  const { status, body } = await graphql(
    server.baseUrl,
    getIntrospectionQuery(everythingIntrospected),
  )
  expect(body.errors).toBeUndefined()
  expect(status).toBe(200)
  // As SDL, the form schema.graphql is in: directives such as @specifiedBy compare like for like.
  const served = buildSchema(printSchema(buildClientSchema(body.data)))

  const changes = await diff(committed, served)
  expect(changes.map(({ criticality, message }) => `${criticality.level}: ${message}`)).toEqual([])
})

test(`should hand out string IDs over REST and take them as String! over GraphQL on ${engine}`, async () => {
  const admin = await signInAs(server.payload, server.baseUrl, 'admin')
  const authorization = `JWT ${admin.token}`
  const created = await sendJson(
    'POST',
    `${server.baseUrl}/api/partners`,
    { name: 'Contract check', status: 'active', rateLimitTier: 'standard' },
    { authorization },
  )
  expect(created.status).toBe(201)
  expect(created.body.doc.id).toEqual(expect.any(String))

  const { body } = await graphql(
    server.baseUrl,
    'query ($id: String!) { Partner(id: $id) { id name } }',
    { id: created.body.doc.id },
    { authorization },
  )
  expect(body).toEqual({ data: { Partner: { id: created.body.doc.id, name: 'Contract check' } } })
})
