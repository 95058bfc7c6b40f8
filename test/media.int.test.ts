import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, test } from 'vitest'

import { getJson } from './helpers/http'
import { bearer, signInAs, type StaffMember } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let editor: StaffMember
beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
})
afterAll(async () => server?.close())

/** Uploads a 2400 × 1600 JPEG as the editor, as the admin does: the file and `_payload`. */
async function uploadJpeg(name: string, alt: string, background: string) {
  const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), name)
  form.append('_payload', JSON.stringify({ alt }))
  return fetch(`${server.baseUrl}/api/media`, {
    method: 'POST',
    body: form,
    headers: bearer(editor),
  })
}

test('should store an image with alt text and make thumbnail, card and hero sizes in WebP', async () => {
  const response = await uploadJpeg('clinic.jpg', 'The clinic treatment room', '#7aa')
  expect(response.status).toBe(201)
  const { doc } = await response.json()

  expect(doc.alt).toBe('The clinic treatment room')
  expect(doc.mimeType).toBe('image/webp')
  for (const [name, width] of [
    ['thumbnail', 320],
    ['card', 768],
    ['hero', 1920],
  ] as const) {
    expect(doc.sizes[name]).toMatchObject({ width, mimeType: 'image/webp' })
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, doc.sizes[name].filename))).toBe(true)
  }

  // Staff see every image; anonymous readers only those a published page shows
  // (test/hardening/readerLeaks/anonymousMedia.int.test.ts).
  const file = await fetch(`${server.baseUrl}${new URL(doc.sizes.card.url).pathname}`, {
    headers: bearer(editor),
  })
  expect(file.status).toBe(200)
  expect(file.headers.get('content-type')).toBe('image/webp')
  const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
  expect([meta.width, meta.height]).toEqual([768, 512])
  expect((await getJson(`${server.baseUrl}/api/media/${doc.id}`, bearer(editor))).status).toBe(200)
})

test('should store an image whose file name is longer than the file system takes, under a shortened name', async () => {
  // 300 characters: over Linux's 255 bytes per name. Before, the upload failed with Payload's
  // "There was a problem while uploading the file." and ENAMETOOLONG in the log.
  const longName = `${'treatment-room-'.repeat(20)}.jpg`
  const response = await uploadJpeg(longName, 'The treatment room, seen from the door', '#a7a')
  expect(response.status).toBe(201)
  const { doc } = await response.json()
  expect(doc.filename.startsWith('treatment-room-treatment-room-')).toBe(true)
  expect(Buffer.byteLength(doc.filename)).toBeLessThan(Buffer.byteLength(longName))
  for (const size of ['thumbnail', 'card', 'hero'] as const) {
    // Each size's name is the stored name with `-<width>x<height>` added: within 255 bytes too.
    expect(Buffer.byteLength(doc.sizes[size].filename)).toBeLessThanOrEqual(255)
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, doc.sizes[size].filename))).toBe(true)
  }
  const file = await fetch(`${server.baseUrl}${new URL(doc.url).pathname}`, {
    headers: bearer(editor),
  })
  expect(file.status).toBe(200)
})
