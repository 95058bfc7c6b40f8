import fs from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import {
  preferenceRequests,
  relationshipLabels,
  relationshipOptions,
  uploadLabels,
  type AdminRequest,
} from './admin/adminShapes'
import { getJson, graphql, sendJson } from './helpers/http'
import { bearer, signInAs, type StaffMember } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let editor: StaffMember
let conditionId: string | number

const validCondition = {
  name: 'Valid condition',
  slug: 'valid-condition',
  summary: 'A summary.',
  indication: { status: 'unknown' },
}

/** Everything a failed request could have touched, to compare before and after. */
async function snapshot() {
  const { payload } = server
  const [conditions, media, versions] = await Promise.all([
    payload.find({
      collection: 'conditions',
      overrideAccess: true,
      draft: true,
      limit: 0,
      pagination: false,
    }),
    payload.find({ collection: 'media', overrideAccess: true, limit: 0, pagination: false }),
    payload.findVersions({
      collection: 'conditions',
      overrideAccess: true,
      limit: 0,
      pagination: false,
    }),
  ])
  const mediaFolder = process.env.MEDIA_DIR!
  return {
    conditions: conditions.docs,
    media: media.docs,
    versions: versions.totalDocs,
    files: fs.existsSync(mediaFolder) ? fs.readdirSync(mediaFolder).sort() : [],
  }
}

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  const created = await sendJson(
    'POST',
    `${server.baseUrl}/api/conditions`,
    validCondition,
    bearer(editor),
  )
  expect(created.status).toBe(201)
  conditionId = created.body.doc.id
})
afterAll(async () => server?.close())

const url = (path: string) => `${server.baseUrl}/api/${path}`

/** Sends a bad request and checks it is refused with a 4xx naming what was wrong, changing nothing. */
async function expectRefused(
  send: () => Promise<{ status: number; body: unknown }>,
  mention: RegExp,
) {
  const before = await snapshot()
  const { status, body } = await send()
  expect(status).toBeGreaterThanOrEqual(400)
  expect(status).toBeLessThan(500)
  expect(JSON.stringify(body)).toMatch(mention)
  expect(await snapshot()).toEqual(before)
}

describe('bad input over REST', () => {
  test.each([
    ['Bad Slug!', /slug/i],
    ['tmj--disorder', /slug/i],
    ['../../etc/passwd', /slug/i],
  ])('should refuse the malformed slug %j', async (slug, mention) => {
    await expectRefused(
      () => sendJson('POST', url('conditions'), { ...validCondition, slug }, bearer(editor)),
      mention,
    )
  })

  test('should refuse a missing required field and name it', async () => {
    const { summary: _omitted, ...withoutSummary } = validCondition
    await expectRefused(
      () =>
        sendJson(
          'POST',
          url('conditions'),
          { ...withoutSummary, slug: 'no-summary' },
          bearer(editor),
        ),
      /summary/i,
    )
  })

  test('should refuse a duplicate slug and name the field', async () => {
    await expectRefused(
      () =>
        sendJson('POST', url('conditions'), { ...validCondition, name: 'Again' }, bearer(editor)),
      /slug/i,
    )
  })

  test('should refuse a wrong type and name the field', async () => {
    await expectRefused(
      () =>
        sendJson(
          'POST',
          url('faqs'),
          { question: 'Q?', slug: 'q', order: 'first', answer: null },
          bearer(editor),
        ),
      /order|answer/i,
    )
  })

  test('should answer 404 for email verification, which accounts here do not use', async () => {
    await expectRefused(
      () => sendJson('POST', url('users/verify/any-token'), {}),
      /no email verification/,
    )
  })

  test('should refuse the MongoDB-only all operator on REST and GraphQL, naming the field', async () => {
    await expectRefused(
      () => getJson(url('faqs?where[relatedConditions][all]=1')),
      /where\[relatedConditions\]\[all\] is not available on this database/,
    )
    const { status, body } = await graphql(
      server.baseUrl,
      '{ Faqs(where: { relatedConditions: { all: ["1"] } }) { totalDocs } }',
    )
    expect(status).toBeLessThan(500)
    expect(body.errors[0].message).toMatch(/relatedConditions\]\[all\] is not available/)
  })

  test.each(['conditions/versions/%E0%A4%A', 'media/file/%E0%A4%A'])(
    'should refuse the broken %%-escape in %s with 400 (Payload answered 500)',
    async (path) => {
      await expectRefused(() => getJson(url(path), bearer(editor)), /broken %-escape/)
    },
  )

  test('should refuse a value of the wrong type in a global and keep the setting as it was', async () => {
    const admin = await signInAs(server.payload, server.baseUrl, 'admin')
    // Settings a write can otherwise pass with: only the wrong type is left to refuse.
    const before = await server.payload.updateGlobal({
      slug: 'clinic-settings',
      data: {
        clinicName: 'Test Clinic',
        siteUrl: 'https://clinic.example',
        medicalDisclaimer: 'Information only.',
        attributionText: 'From Test Clinic.',
      },
    })
    const { status, body } = await sendJson(
      'POST',
      url('globals/clinic-settings'),
      { clinicName: { a: 1 } },
      bearer(admin),
    )
    expect(status, JSON.stringify(body)).toBe(400)
    expect(JSON.stringify(body), JSON.stringify(body)).toMatch(/clinicName/)
    expect((await server.payload.findGlobal({ slug: 'clinic-settings' })).clinicName).toBe(
      before.clinicName,
    )
  })

  test('should answer 404 for an unknown collection', async () => {
    await expectRefused(() => getJson(url('treatments-that-do-not-exist')), /not found/i)
  })

  test.each([
    ['where[nonexistent][equals]=x', /nonexistent/],
    ['where[slug][notAnOperator]=x', /notAnOperator|slug/],
    ['where[or][0][slug][like][0]=a&where[or][0][slug][like][1]=b', /slug|invalid/i],
    // Payload's adapter turned a date it could not read into no value at all: a 500.
    ['where[createdAt][greater_than]=notadate', /needs a date/],
    ['where[nextReviewDue][equals]=1e309', /needs a date/],
  ])('should refuse the malformed query %s', async (query, mention) => {
    await expectRefused(() => getJson(url(`conditions?${query}`)), mention)
  })

  test('should refuse a broken JSON body and say so', async () => {
    await expectRefused(
      () => sendJson('POST', url('conditions'), '{"name": "Broken", "slug": ', bearer(editor)),
      /not valid JSON/,
    )
  })

  test.each([
    ['a REST write', 'conditions', '{"name":"Caf\xe9 headache","slug":"cafe-headache"}'],
    [
      'a GraphQL mutation',
      'graphql',
      '{"query":"mutation { createFaq(data: {question: \\"Caf\xe9?\\"}) { id } }"}',
    ],
  ])(
    'should refuse %s whose body is not UTF-8 instead of storing U+FFFD',
    async (_name, path, text) => {
      await expectRefused(async () => {
        // Latin-1 bytes, as a client that encoded its text as ISO-8859-1 would send them.
        const response = await fetch(url(path), {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...bearer(editor) },
          body: new Uint8Array(Buffer.from(text, 'latin1')),
        })
        return { status: response.status, body: await response.json() }
      }, /not valid UTF-8/)
    },
  )

  test('should refuse a non-image upload to media and write no file', async () => {
    await expectRefused(async () => {
      const form = new FormData()
      form.append(
        'file',
        new Blob(['#!/bin/sh\necho not an image\n'], { type: 'image/png' }),
        'fake.png',
      )
      form.append('_payload', JSON.stringify({ alt: 'A fake image' }))
      const response = await fetch(url('media'), {
        method: 'POST',
        body: form,
        headers: bearer(editor),
      })
      return { status: response.status, body: await response.json() }
    }, /file|type|image/i)
  })

  test('should refuse an image upload without alternative text', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    await expectRefused(async () => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'grey.png')
      const response = await fetch(url('media'), {
        method: 'POST',
        body: form,
        headers: bearer(editor),
      })
      return { status: response.status, body: await response.json() }
    }, /alt/i)
  })
})

/** Payload's admin reads lists with a form-encoded POST and this header (see adminShapes.ts). */
const overrideRead = (body: string, headers: Record<string, string> = {}) =>
  fetch(url('conditions'), {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-payload-http-method-override': 'GET',
      ...bearer(editor),
      ...headers,
    },
    body,
  }).then(async (response) => ({ status: response.status, body: await response.text() }))

describe("the admin's own requests", () => {
  test('should answer every request shape Payload admin sends for pickers and preferences', async () => {
    const shapes: AdminRequest[] = [
      relationshipOptions('conditions', 'name'),
      relationshipOptions('conditions', 'name', 'valid'),
      relationshipLabels('conditions', 'name', [conditionId]),
      // A real ID of the engine's kind: on PostgreSQL a non-UUID in where[id] is still a 500.
      uploadLabels('media', [conditionId]),
      ...preferenceRequests('locale', 'es'),
      ...preferenceRequests('conditions-list', { columns: [] }),
    ]
    for (const shape of shapes) {
      const response = await fetch(`${server.baseUrl}${shape.path}`, {
        method: shape.method,
        headers: { ...shape.headers, ...bearer(editor) },
        body: shape.body,
      })
      expect([shape.name, response.status]).toEqual([shape.name, 200])
    }
  })

  test.each([
    ['an unknown operator', 'where[slug][notAnOperator]=x', {}, /notAnOperator/],
    ['a limit over the maximum', 'limit=99999', {}, /limit/],
    ['a NUL character', 'where[slug][equals]=a%00b', {}, /NUL/],
    ['an unescaped #', 'where[slug][equals]=a#b', {}, /escaped/],
    ['a JSON body', '{"where":{}}', { 'content-type': 'application/json' }, /form-urlencoded/],
    ['an override to DELETE', 'limit=1', { 'x-payload-http-method-override': 'DELETE' }, /GET/],
  ])('should refuse a method-override read with %s', async (_name, body, headers, mention) => {
    await expectRefused(() => overrideRead(body, headers), mention)
  })

  test('should refuse an ID of the wrong kind in where[id], as the pickers build it', async () => {
    await expectRefused(() => overrideRead('where[id][in][0]=not-an-id&limit=1'), /not an ID here/)
  })

  test('should refuse a preference key that is not a key', async () => {
    await expectRefused(
      () => getJson(url('payload-preferences/a%20b%3Cscript%3E'), bearer(editor)),
      /key/,
    )
  })
})

describe('bad input over GraphQL', () => {
  test('should refuse a syntax error with 400', async () => {
    await expectRefused(
      () => graphql(server.baseUrl, '{ Conditions { docs { name }'),
      /Syntax Error/,
    )
  })

  test('should refuse an unknown field', async () => {
    await expectRefused(
      () => graphql(server.baseUrl, '{ Conditions { docs { dosage } } }'),
      /dosage/,
    )
  })

  test('should refuse a malformed slug in a mutation and name the field', async () => {
    await expectRefused(
      () =>
        graphql(
          server.baseUrl,
          'mutation { createCondition(data: { name: "x", slug: "Not A Slug", summary: "x", indication: { status: unknown } }) { id } }',
          {},
          bearer(editor),
        ),
      /slug/i,
    )
  })
})

describe('GraphQL error codes', () => {
  test('should name a variable of the wrong type as the client’s mistake (400 BAD_USER_INPUT)', async () => {
    const { status, body } = await graphql(
      server.baseUrl,
      'query ($limit: Int) { Conditions(limit: $limit) { docs { name } } }',
      { limit: 'ten' },
    )
    expect(status).toBe(400)
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT')
    expect(body.errors[0].message).toMatch(/limit/)
  })

  test('should say FORBIDDEN when a reader may not do it, and change nothing', async () => {
    const before = await snapshot()
    const { status, body } = await graphql(
      server.baseUrl,
      'mutation { createCondition(data: { name: "x", slug: "x", summary: "x", indication: { status: unknown } }) { id } }',
    )
    expect(status).toBe(403)
    expect(body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', statusCode: 403 })
    expect(await snapshot()).toEqual(before)
  })
})

describe('GraphQL transport errors', () => {
  test('should answer a body that is not JSON with a GraphQL error naming the problem', async () => {
    const { status, body } = await sendJson('POST', `${server.baseUrl}/api/graphql`, '{"query": ')
    expect(status).toBe(400)
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', statusCode: 400 })
    expect(body.errors[0].message).toMatch(/JSON|parse/i)
  })

  test.each([
    ['POST', 'text/plain', 415, /Content-Type: application\/json/],
    ['POST', 'application/x-www-form-urlencoded', 415, /Content-Type: application\/json/],
    ['PUT', 'application/json', 405, /GET .* and POST/],
  ])(
    'should say what to send when %s arrives as %s (graphql-http answered %i with no body)',
    async (method, type, expected, message) => {
      const response = await fetch(`${server.baseUrl}/api/graphql`, {
        method,
        headers: { 'content-type': type },
        body: '{"query":"{ __typename }"}',
      })
      expect(response.status).toBe(expected)
      expect(response.headers.get('content-type')).toMatch(/application\/json/)
      const body = await response.json()
      expect(body.errors[0].message).toMatch(message)
    },
  )
})
