import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { contentHashes } from '../../src/backup/contentHashes'
import { readAllContent } from '../../src/backup/readContent'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'
import {
  graphqlRequest,
  randomSource,
  restRequest,
  syndicationRequest,
  type FuzzRequest,
} from './fuzz/generators'

/** Fixed, so a failure replays the same way; change it to explore other inputs. */
const seed = 20261127
const counts = { rest: 2000, graphql: 800, syndication: 500 }
const concurrency = 8

let server: TestServer
let editor: StaffMember
let partnerKey: string
let existingIds: string[]

/**
 * Everything the requests could damage. A partner key's lastUsedAt is bookkeeping that any
 * syndication read updates by design, so keys are left out of the comparison.
 */
async function contentState() {
  const hashes = contentHashes(server.payload, await readAllContent(server.payload))
  return Object.fromEntries(
    Object.entries(hashes).filter(([key]) => !key.startsWith('partner-keys/')),
  )
}

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  partnerKey = (await syndicationFixture(server.baseUrl, server.payload)).key
  const { docs } = await server.payload.find({
    collection: 'conditions',
    limit: 5,
    overrideAccess: true,
  })
  existingIds = docs.map((doc) => encodeURIComponent(String(doc.id)))
}, 180_000)
afterAll(async () => server?.close())

function headersFor(request: FuzzRequest): Record<string, string> {
  const headers: Record<string, string> = {}
  if (request.contentType && request.body !== undefined)
    headers['content-type'] = request.contentType
  if (!request.authenticated) return headers
  if (request.channel === 'syndication') headers.authorization = `Bearer ${partnerKey}`
  else Object.assign(headers, bearer(editor))
  return headers
}

async function send(request: FuzzRequest): Promise<number> {
  const response = await fetch(`${server.baseUrl}${request.path}`, {
    method: request.method,
    headers: headersFor(request),
    body: request.body,
  })
  await response.arrayBuffer()
  return response.status
}

async function sendAll(requests: FuzzRequest[]) {
  const serverErrors: { status: number; request: FuzzRequest }[] = []
  const statuses = new Map<number, number>()
  let next = 0
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[next++]
      const status = await send(request)
      statuses.set(status, (statuses.get(status) ?? 0) + 1)
      if (status >= 500) serverErrors.push({ status, request })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return { serverErrors, statuses }
}

describe('malformed requests', () => {
  test(`should answer ${counts.rest + counts.graphql + counts.syndication} generated malformed requests without a 5xx and change nothing`, async () => {
    const random = randomSource(seed)
    const requests = [
      ...Array.from({ length: counts.rest }, () => restRequest(random, existingIds)),
      ...Array.from({ length: counts.graphql }, () => graphqlRequest(random)),
      ...Array.from({ length: counts.syndication }, () => syndicationRequest(random)),
    ]
    const before = await contentState()
    const { serverErrors, statuses } = await sendAll(requests)

    expect(serverErrors.slice(0, 5)).toEqual([])
    // Nearly all of it must be refused; a few reads with junk that happens to be harmless pass.
    const refused = [...statuses].filter(([status]) => status >= 400).reduce((n, [, c]) => n + c, 0)
    expect(refused).toBeGreaterThan(requests.length / 2)
    expect(await contentState()).toEqual(before)
    // The server is still healthy after all of it.
    expect((await fetch(`${server.baseUrl}/readyz`)).status).toBe(200)
  }, 300_000)
})
