import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { createCondition } from './content'

let server: TestServer
let admin: StaffMember

beforeAll(async () => {
  server = await startTestServer()
  admin = await signInAs(server.payload, server.baseUrl, 'admin')
})
afterAll(() => server?.close())

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}${path}`, { headers })
  const text = await response.text()
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    etag: response.headers.get('etag'),
    headers: response.headers,
    text,
    body: text ? JSON.parse(text) : undefined,
  }
}

const names = (body: { docs: { name: string }[] }) => body.docs.map(({ name }) => name)

describe('response cache: hits and revalidation', () => {
  test('should answer the second anonymous read from the cache with the same bytes', async () => {
    await createCondition(server.payload)
    const path = '/api/conditions?limit=10&sort=name'
    const first = await get(path)
    const second = await get(path)
    expect(first.status).toBe(200)
    expect(first.cache).toBe('MISS')
    expect(second.cache).toBe('HIT')
    expect(second.text).toBe(first.text)
    expect(second.etag).toBe(first.etag)
    expect(second.etag).toMatch(/^"[^"]+"$/)
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(first.text)))
  })

  test('should send each request its own id, on a miss, a hit and a 304, never a stored one', async () => {
    await createCondition(server.payload)
    const path = '/api/conditions?limit=4&sort=-name'
    const miss = await get(path, { 'x-request-id': 'trace-miss' })
    const hit = await get(path, { 'x-request-id': 'trace-hit' })
    const revalidated = await get(path, {
      'x-request-id': 'trace-304',
      'if-none-match': miss.etag!,
    })
    const fresh = await get(path)
    expect([miss.cache, hit.cache, revalidated.status]).toEqual(['MISS', 'HIT', 304])
    expect(miss.headers.get('x-request-id')).toBe('trace-miss')
    expect(hit.headers.get('x-request-id')).toBe('trace-hit')
    expect(revalidated.headers.get('x-request-id')).toBe('trace-304')
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  test('should treat a reordered query string as the same question', async () => {
    await get('/api/conditions?limit=3&depth=0')
    expect((await get('/api/conditions?depth=0&limit=3')).cache).toBe('HIT')
  })

  test('should answer If-None-Match with a 304 and no body, from the cache and on a miss', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    const { etag } = await get(path)
    const hit = await get(path, { 'if-none-match': etag! })
    expect(hit.status).toBe(304)
    expect(hit.text).toBe('')
    expect(hit.etag).toBe(etag)
    expect((await get(path, { 'if-none-match': '"something-else"' })).status).toBe(200)
  })

  test('should never keep an error answer other than a not-found', async () => {
    const path = '/api/conditions?where[name][nonsense]=1'
    const first = await get(path)
    expect(first.status).toBe(400)
    expect((await get(path)).cache).toBeNull()
  })
})

describe('response cache: drafts and staff', () => {
  test('should never serve a staff read from the cache, nor a staff answer to the public', async () => {
    const published = await createCondition(server.payload)
    const draft = await createCondition(server.payload, 'draft')
    const path = '/api/conditions?limit=100&depth=0'

    const anonymous = await get(path)
    expect(names(anonymous.body)).toContain(published.name)
    expect(names(anonymous.body)).not.toContain(draft.name)

    const staff = await get(`${path}&draft=true`, bearer(admin))
    expect(staff.cache).toBeNull()
    expect(names(staff.body)).toContain(draft.name)
    expect((await get(path, bearer(admin))).cache).toBeNull()
    // A browser session (the admin's cookie) is never answered from the cache either.
    expect((await get(path, { cookie: `payload-token=${admin.token}` })).cache).toBeNull()

    const again = await get(path)
    expect(again.cache).toBe('HIT')
    expect(names(again.body)).not.toContain(draft.name)
  })

  test('should never cache a draft request, even an anonymous one', async () => {
    await get('/api/conditions?draft=true')
    expect((await get('/api/conditions?draft=true')).cache).toBeNull()
  })

  test('should leave an anonymous reader on the published text while an editor saves drafts', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    await get(path)
    const saved = await sendJson(
      'PATCH',
      `${server.baseUrl}${path}?draft=true`,
      { name: 'Unreviewed draft name' },
      bearer(admin),
    )
    expect(saved.status).toBe(200)
    const anonymous = await get(path)
    expect(anonymous.body.name).toBe(condition.name)
  })
})

describe('response cache: invalidation before the save returns', () => {
  test('should show a published edit to the very next anonymous read', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    await get(path)
    expect((await get(path)).cache).toBe('HIT')

    const saved = await sendJson(
      'PATCH',
      `${server.baseUrl}${path}`,
      { name: 'Renamed and published', _status: 'published' },
      bearer(admin),
    )
    expect(saved.status).toBe(200)
    // A MISS, or already a HIT: the background refresh may have recomputed it after the publish.
    const after = await get(path)
    expect(after.body.name).toBe('Renamed and published')
  })

  test('should withdraw an unpublished document at once', async () => {
    const condition = await createCondition(server.payload)
    const listPath = '/api/conditions?limit=100&depth=0'
    await get(listPath)
    expect(names((await get(listPath)).body)).toContain(condition.name)

    const saved = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/conditions/${condition.id}`,
      { _status: 'draft' },
      bearer(admin),
    )
    expect(saved.status).toBe(200)
    expect(names((await get(listPath)).body)).not.toContain(condition.name)
    expect((await get(`/api/conditions/${condition.id}`)).status).toBe(404)
  })

  test('should withdraw a deleted document at once', async () => {
    const condition = await createCondition(server.payload)
    const path = `/api/conditions/${condition.id}`
    await get(path)
    expect((await get(path)).cache).toBe('HIT')
    const deleted = await fetch(`${server.baseUrl}${path}`, {
      method: 'DELETE',
      headers: bearer(admin),
    })
    expect(deleted.status).toBe(200)
    expect((await get(path)).status).toBe(404)
  })

  test('should show a clinic settings change at once', async () => {
    const path = '/api/globals/clinic-settings'
    await get(path)
    const saved = await sendJson(
      'POST',
      `${server.baseUrl}${path}`,
      {
        clinicName: 'Renamed Clinic',
        siteUrl: 'https://clinic.example',
        medicalDisclaimer: 'Ask your doctor.',
        attributionText: 'From Renamed Clinic.',
      },
      bearer(admin),
    )
    expect(saved.status).toBe(200)
    const after = await get(path)
    expect(after.body.clinicName).toBe('Renamed Clinic')
  })
})

describe('response cache: keys', () => {
  test('should keep each locale under its own key', async () => {
    const english = await get('/api/conditions?limit=2&locale=en')
    expect(english.cache).toBe('MISS')
    expect((await get('/api/conditions?limit=2&locale=en')).cache).toBe('HIT')
    expect((await get('/api/conditions?limit=2&locale=es')).cache).toBe('MISS')
    expect((await get('/api/conditions?limit=2&locale=es')).cache).toBe('HIT')
  })

  test('should keep answers for different origins apart (CORS headers differ)', async () => {
    const path = '/api/conditions?limit=1&depth=0'
    await get(path)
    const withOrigin = await get(path, { origin: 'https://elsewhere.example' })
    expect(withOrigin.cache).toBe('MISS')
  })
})

describe('response cache: GraphQL', () => {
  const query = '{ Conditions(limit: 5, sort: "name") { docs { id name } } }'

  test('should answer a repeated anonymous query from the cache', async () => {
    const first = await graphql(server.baseUrl, query)
    const second = await graphql(server.baseUrl, query)
    expect(first.status).toBe(200)
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.body).toEqual(first.body)
  })

  test('should keep answers for different Accept headers apart (the media type differs)', async () => {
    const path = `/api/graphql?query=${encodeURIComponent('{ Conditions(limit: 1) { docs { id } } }')}`
    const json = await get(path, { accept: 'application/json' })
    expect(json.status).toBe(200)
    expect((await get(path, { accept: 'application/json' })).cache).toBe('HIT')
    const graphqlResponse = await get(path, { accept: 'application/graphql-response+json' })
    expect(graphqlResponse.cache).toBe('MISS')
    expect(graphqlResponse.headers.get('content-type')).toContain(
      'application/graphql-response+json',
    )
  })

  test('should never cache a query carrying a token, nor a mutation', async () => {
    const staff = await graphql(server.baseUrl, query, {}, bearer(admin))
    expect(staff.headers.get('x-cache')).toBeNull()
    const mutation = 'mutation { createCondition(data: { name: "x", summary: "y" }) { id } }'
    await graphql(server.baseUrl, mutation)
    const again = await graphql(server.baseUrl, mutation)
    expect(again.headers.get('x-cache')).toBeNull()
    expect(again.status).not.toBe(200)
  })

  test('should show a publish to the next anonymous query', async () => {
    await graphql(server.baseUrl, query)
    const created = await createCondition(server.payload, 'published', 'Aaa cache first')
    const after = await graphql(server.baseUrl, query)
    expect(after.body.data.Conditions.docs[0].name).toBe(created.name)
  })
})
