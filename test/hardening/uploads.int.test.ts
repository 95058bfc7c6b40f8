import fs from 'node:fs'
import { Readable } from 'node:stream'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { blankPng, svgWithScript } from '../../src/uploads/testImages'
import { uploadLimits } from '../../src/uploads/uploadLimits'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
})
afterAll(async () => server?.close())

/** The media folder and the media documents: a refused upload must change neither. */
async function mediaState() {
  const folder = process.env.MEDIA_DIR!
  const { docs } = await server.payload.find({ collection: 'media', limit: 0, pagination: false })
  return {
    files: fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [],
    ids: docs.map((doc) => doc.id),
  }
}

function uploadForm(bytes: Uint8Array, name: string, type: string): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ alt: 'Test image' }))
  return form
}

async function upload(body: FormData | Readable, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.baseUrl}/api/media`, {
    method: 'POST',
    body: body instanceof Readable ? (Readable.toWeb(body) as never) : body,
    headers: { ...bearer(editor), ...headers },
    ...(body instanceof Readable ? { duplex: 'half' } : {}),
  } as RequestInit)
  const text = await response.text()
  return { status: response.status, message: text }
}

describe('uploads', () => {
  test('should store a real photograph', async () => {
    const jpeg = await sharp({
      create: { width: 640, height: 480, channels: 3, background: '#3a6' },
    })
      .jpeg()
      .toBuffer()
    const { status } = await upload(uploadForm(jpeg, 'photo.jpg', 'image/jpeg'))
    expect(status).toBe(201)
  })

  test.each([
    [
      'an SVG with a script',
      svgWithScript,
      'logo.svg',
      'image/svg+xml',
      415,
      /SVG images are not accepted/,
    ],
    ['an SVG renamed to .png', svgWithScript, 'logo.png', 'image/png', 415, /SVG/],
    [
      'a script renamed to .jpg',
      Buffer.from('#!/bin/sh\nrm -rf /\n'),
      'x.jpg',
      'image/jpeg',
      415,
      /contents are not a JPEG/,
    ],
    [
      'HTML claiming to be WebP',
      Buffer.from('<html><script>1</script>'),
      'x.webp',
      'image/webp',
      415,
      /not a/,
    ],
    [
      'a 64-megapixel PNG bomb',
      blankPng(8000, 8000),
      'bomb.png',
      'image/png',
      422,
      /64 megapixels/,
    ],
    [
      'a truncated JPEG',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      'cut.jpg',
      'image/jpeg',
      422,
      /could not be read/,
    ],
  ])(
    'should refuse %s and write nothing',
    async (_name, bytes, fileName, type, status, message) => {
      const before = await mediaState()
      const response = await upload(uploadForm(bytes, fileName, type))
      expect(response.status).toBe(status)
      expect(response.message).toMatch(message)
      expect(await mediaState()).toEqual(before)
    },
  )

  test('should answer 413 to a file over the size limit before reading it', async () => {
    const before = await mediaState()
    const tooBig = Buffer.alloc(uploadLimits.maxFileBytes + 1024 * 1024, 1)
    const response = await upload(uploadForm(tooBig, 'huge.png', 'image/png'))
    expect(response.status).toBe(413)
    expect(response.message).toMatch(/at most 10.0 MB/)
    expect(await mediaState()).toEqual(before)
  })

  test('should answer 413 to an oversized upload sent without a length', async () => {
    const before = await mediaState()
    const boundary = 'hardening-boundary'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"alt":"x"}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\n` +
        'Content-Type: image/png\r\n\r\n',
    )
    async function* chunks() {
      yield head
      const megabyte = Buffer.alloc(1024 * 1024, 7)
      for (let i = 0; i < 12; i += 1) yield megabyte
      yield Buffer.from(`\r\n--${boundary}--\r\n`)
    }
    const response = await upload(Readable.from(chunks()), {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    })
    expect(response.status).toBe(413)
    expect(await mediaState()).toEqual(before)
  })
})
