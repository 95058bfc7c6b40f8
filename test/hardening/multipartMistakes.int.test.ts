import fs from 'node:fs'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { blankPng } from '../../src/uploads/testImages'
import { sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Mistakes a client can make in a write's body (multipart parts Payload cannot read, a JSON media
 * type Payload does not parse) are answered with a 4xx saying what to send, and change nothing.
 */

let server: TestServer
let editor: StaffMember
let conditionId: string | number

const boundary = 'mistakes-boundary'
const png = blankPng(4, 4)

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  const created = await sendJson(
    'POST',
    `${server.baseUrl}/api/conditions`,
    {
      name: 'Multipart condition',
      slug: 'multipart-condition',
      summary: 'Before.',
      indication: { status: 'unknown' },
    },
    bearer(editor),
  )
  expect(created.status).toBe(201)
  conditionId = created.body.doc.id
})
afterAll(async () => server?.close())

/** Everything a refused write could have touched: the conditions, their versions, the media. */
async function snapshot() {
  const { payload } = server
  const [conditions, versions, media] = await Promise.all([
    payload.find({ collection: 'conditions', draft: true, limit: 0, pagination: false }),
    payload.findVersions({ collection: 'conditions', limit: 0, pagination: false }),
    payload.find({ collection: 'media', limit: 0, pagination: false }),
  ])
  const folder = process.env.MEDIA_DIR!
  return {
    conditions: conditions.docs,
    versions: versions.totalDocs,
    media: media.docs,
    files: fs.existsSync(folder) ? fs.readdirSync(folder).sort() : [],
  }
}

type Part = { name: string; value: string | Buffer; filename?: string; type?: string }

/** A multipart body written by hand, so a part can carry what FormData would escape or refuse. */
function multipart(parts: Part[]): Buffer {
  const chunks = parts.flatMap(({ name, value, filename, type }) => [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"` +
        (filename === undefined ? '' : `; filename="${filename}"`) +
        (type ? `\r\nContent-Type: ${type}` : '') +
        '\r\n\r\n',
    ),
    Buffer.isBuffer(value) ? value : Buffer.from(value),
    Buffer.from('\r\n'),
  ])
  return Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)])
}

async function send(method: string, path: string, body: Buffer, contentType: string) {
  const response = await fetch(`${server.baseUrl}/api/${path}`, {
    method,
    headers: { ...bearer(editor), 'content-type': contentType },
    body: new Uint8Array(body),
  })
  return { status: response.status, text: await response.text() }
}

const sendMultipart = (method: string, path: string, parts: Part[]) =>
  send(method, path, multipart(parts), `multipart/form-data; boundary=${boundary}`)

const conditionPath = () => `conditions/${conditionId}`
const imagePart: Part = { name: 'file', value: png, filename: 'dot.png', type: 'image/png' }

/** Sends a mistaken write and checks it gets the given 4xx, says what to do, and changes nothing. */
async function expectRefused(
  request: () => Promise<{ status: number; text: string }>,
  status: number,
  mention: RegExp,
) {
  const before = await snapshot()
  const answer = await request()
  expect(answer.status).toBe(status)
  expect(answer.text).toMatch(mention)
  expect(await snapshot()).toEqual(before)
}

describe('multipart mistakes', () => {
  test.each([
    ['not JSON', '{"summary": "After."'],
    ['a JSON list', '[{"summary": "After."}]'],
    ['a JSON string', '"After."'],
    ['JSON null', 'null'],
  ])('should refuse a _payload part that is %s on an update', async (_name, value) => {
    await expectRefused(
      () => sendMultipart('PATCH', conditionPath(), [{ name: '_payload', value }]),
      400,
      /_payload.*JSON object/,
    )
  })

  test('should refuse a _payload part that is not JSON on an upload', async () => {
    await expectRefused(
      () => sendMultipart('POST', 'media', [imagePart, { name: '_payload', value: '{alt:' }]),
      400,
      /_payload.*JSON object/,
    )
  })

  test('should refuse plain form fields sent without a _payload part', async () => {
    await expectRefused(
      () => sendMultipart('PATCH', conditionPath(), [{ name: 'summary', value: 'After.' }]),
      400,
      /only from a _payload part/,
    )
  })

  test('should refuse a multipart body with no parts at all', async () => {
    await expectRefused(() => sendMultipart('PATCH', conditionPath(), []), 400, /no _payload part/)
  })

  test('should refuse a _payload sent as a file instead of a form field', async () => {
    await expectRefused(
      () =>
        sendMultipart('PATCH', conditionPath(), [
          { name: '_payload', value: '{"summary":"After."}', filename: 'payload.json' },
        ]),
      400,
      /_payload part .*form field/,
    )
  })

  test('should refuse a body with two _payload parts', async () => {
    await expectRefused(
      () =>
        sendMultipart('PATCH', conditionPath(), [
          { name: '_payload', value: '{"summary":"After."}' },
          { name: '_payload', value: '{"summary":"Again."}' },
        ]),
      400,
      /one _payload part/,
    )
  })

  test('should refuse a _payload part holding a NUL character', async () => {
    await expectRefused(
      () =>
        sendMultipart('PATCH', conditionPath(), [
          { name: '_payload', value: '{"summary":"Af\\u0000ter."}' },
        ]),
      400,
      /NUL/,
    )
  })

  test('should refuse a file name holding a NUL character', async () => {
    await expectRefused(
      () =>
        sendMultipart('POST', 'media', [
          { ...imagePart, filename: 'a\u0000b.png' },
          { name: '_payload', value: '{"alt":"A dot"}' },
        ]),
      400,
      /header/,
    )
  })

  test('should refuse a file alone sent to a collection that stores no files', async () => {
    await expectRefused(
      () => sendMultipart('POST', 'conditions', [imagePart]),
      400,
      /takes no file/,
    )
  })

  test('should refuse a file beside the document where no file is stored', async () => {
    await expectRefused(
      () =>
        sendMultipart('PATCH', conditionPath(), [
          { name: '_payload', value: '{"summary":"After."}' },
          imagePart,
        ]),
      400,
      /takes no file.*application\/json/,
    )
  })

  test('should refuse a file alone sent to a global', async () => {
    const before = await server.payload.findGlobal({ slug: 'clinic-settings' })
    await expectRefused(
      () => sendMultipart('POST', 'globals/clinic-settings', [imagePart]),
      400,
      /takes no file/,
    )
    expect(await server.payload.findGlobal({ slug: 'clinic-settings' })).toEqual(before)
  })

  test('should refuse two files in one upload, saying to send one', async () => {
    await expectRefused(
      () =>
        sendMultipart('POST', 'media', [
          { name: '_payload', value: '{"alt":"Two dots"}' },
          imagePart,
          { ...imagePart, filename: 'second.png' },
        ]),
      400,
      /one file per upload.*has 2/,
    )
  })

  test('should refuse an empty file, saying it is empty', async () => {
    await expectRefused(
      () =>
        sendMultipart('POST', 'media', [
          { name: '_payload', value: '{"alt":"Nothing"}' },
          { ...imagePart, value: Buffer.alloc(0) },
        ]),
      400,
      /file part is empty \(0 bytes\)/,
    )
  })

  test('should still store an upload shaped as the admin sends it', async () => {
    const answer = await sendMultipart('POST', 'media', [
      { name: '_payload', value: '{"alt":"A dot"}' },
      imagePart,
    ])
    expect(answer.status).toBe(201)
  })

  test('should still replace a media image with a file alone', async () => {
    const media = await server.payload.create({
      collection: 'media',
      data: { alt: 'Kept' },
      file: { data: png, mimetype: 'image/png', name: 'before.png', size: png.length },
    })
    const answer = await sendMultipart('PATCH', `media/${media.id}`, [imagePart])
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text).doc.alt).toBe('Kept')
  })

  test('should still apply an update sent as the admin sends it', async () => {
    const answer = await sendMultipart('PATCH', conditionPath(), [
      { name: '_payload', value: JSON.stringify({ summary: 'Edited in the admin.' }) },
    ])
    expect(answer.status).toBe(200)
    const stored = await server.payload.findByID({ collection: 'conditions', id: conditionId })
    expect(stored.summary).toBe('Edited in the admin.')
  })
})

describe('JSON media types', () => {
  test.each(['application/vnd.api+json', 'application/merge-patch+json'])(
    'should refuse %s with 415 naming application/json',
    async (type) => {
      await expectRefused(
        () => send('PATCH', conditionPath(), Buffer.from('{"summary":"After."}'), type),
        415,
        /application\/json/,
      )
    },
  )

  test.each(['Application/JSON', 'application/json ; charset=utf-8'])(
    'should read a body sent as %j like application/json',
    async (type) => {
      const summary = `Sent as ${type}.`
      const answer = await send(
        'PATCH',
        conditionPath(),
        Buffer.from(JSON.stringify({ summary })),
        type,
      )
      expect(answer.status).toBe(200)
      const stored = await server.payload.findByID({ collection: 'conditions', id: conditionId })
      expect(stored.summary).toBe(summary)
    },
  )
})
