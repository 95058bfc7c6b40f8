import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Issue 9: "Four concurrent uploads also give three 500s (SQLITE_BUSY)". Several editors save and
 * upload at the same moment; every request must succeed, on every engine.
 */
let server: TestServer
let editor: StaffMember
const concurrency = 8

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
})
afterAll(async () => server?.close())

async function upload(index: number) {
  const png = await sharp({
    create: { width: 64, height: 48, channels: 3, background: { r: index * 20, g: 80, b: 120 } },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `square-${index}.png`)
  form.append('_payload', JSON.stringify({ alt: `Square ${index}` }))
  const response = await fetch(`${server.baseUrl}/api/media`, {
    method: 'POST',
    body: form,
    headers: bearer(editor),
  })
  return { status: response.status, body: await response.text() }
}

async function save(index: number) {
  const response = await fetch(`${server.baseUrl}/api/conditions?draft=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearer(editor) },
    body: JSON.stringify({
      name: `Condition ${index}`,
      slug: `condition-${index}`,
      summary: `Saved concurrently (${index}).`,
      indication: { status: 'unknown' },
    }),
  })
  return { status: response.status, body: await response.text() }
}

describe('concurrent writes', () => {
  test(`should answer ${concurrency} concurrent uploads and ${concurrency} concurrent saves with 2xx`, async () => {
    const indexes = Array.from({ length: concurrency }, (_, index) => index)
    const results = await Promise.all([...indexes.map(upload), ...indexes.map(save)])
    const failures = results.filter(({ status }) => status >= 300)
    expect(failures.map(({ status, body }) => `${status} ${body.slice(0, 200)}`)).toEqual([])

    const [media, conditions] = await Promise.all([
      server.payload.count({ collection: 'media', overrideAccess: true }),
      server.payload.count({ collection: 'conditions', overrideAccess: true }),
    ])
    expect([media.totalDocs, conditions.totalDocs]).toEqual([concurrency, concurrency])
  })
})
