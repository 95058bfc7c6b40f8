import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { listFiles } from '../../src/backup/mediaFiles'
import { startChildServer, type ChildServer } from '../helpers/childServer'
import { sendJson } from '../helpers/http'
import { reviewAndPublish } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { replaceImage } from '../reviewGate/gateFixture'
import { startLocalS3, type LocalS3 } from './s3Server'

/**
 * Two server processes on one database and one S3 bucket (a local S3 server): what one stores,
 * the other serves, under the same access rules, and neither keeps a copy on its own disk.
 */
let s3: LocalS3
let first: TestServer
let second: ChildServer
let editor: StaffMember
let reviewer: StaffMember
type Image = {
  id: string | number
  filename: string
  mimeType: string
  url: string
  sizes: Record<string, any>
}
let image: Image

const filePath = (url: string) => new URL(url, 'http://x').pathname
const sizeNames = ['thumbnail', 'card', 'hero'] as const
const fileNames = (doc: Image) => [
  doc.filename,
  ...sizeNames.map((name) => doc.sizes[name].filename),
]

async function uploadPhoto(baseUrl: string, alt: string): Promise<Image> {
  const jpeg = await sharp({
    create: { width: 2400, height: 1600, channels: 3, background: '#7aa' },
  })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `${alt}.jpg`)
  form.append('_payload', JSON.stringify({ alt }))
  const response = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    body: form,
    headers: bearer(editor),
  })
  const body = (await response.json()) as { doc: Image }
  expect(response.status, JSON.stringify(body)).toBe(201)
  return body.doc
}

beforeAll(async () => {
  s3 = await startLocalS3()
  // Both processes read these: the test's own server on import, the child from its environment.
  Object.assign(process.env, s3.env)
  first = await startTestServer()
  await seedSource(first.payload)
  editor = await signInAs(first.payload, first.baseUrl, 'editor')
  reviewer = await signInAs(first.payload, first.baseUrl, 'reviewer')
  second = await startChildServer(process.env.DATABASE_URL!)
  image = await uploadPhoto(first.baseUrl, 'Treatment room')
}, 180_000)

afterAll(async () => {
  second?.child.kill('SIGTERM')
  await second?.exited
  await first?.close()
  await s3?.close()
})

describe('images on S3-compatible storage', () => {
  test('should store the image and its sizes once, in the bucket and not on the server disk', async () => {
    expect(image.mimeType).toBe('image/webp')
    expect(await s3.keys()).toEqual([...fileNames(image)].sort())
    expect(s3.writes()).toBe(4)
    expect(listFiles(process.env.MEDIA_DIR!)).toEqual([])
  })

  test('should serve the file and every size through the other process, sizes not made again', async () => {
    for (const name of sizeNames) {
      const size = image.sizes[name]
      const fromFirst = await fetch(`${first.baseUrl}${filePath(size.url)}`, {
        headers: bearer(editor),
      })
      const fromSecond = await fetch(`${second.baseUrl}${filePath(size.url)}`, {
        headers: bearer(editor),
      })
      expect([fromFirst.status, fromSecond.status]).toEqual([200, 200])
      expect(fromSecond.headers.get('content-type')).toBe('image/webp')
      const bytes = Buffer.from(await fromSecond.arrayBuffer())
      expect(bytes.equals(Buffer.from(await fromFirst.arrayBuffer()))).toBe(true)
      const { width } = await sharp(bytes).metadata()
      expect(width).toBe(size.width)
    }
    const original = await fetch(`${second.baseUrl}${filePath(image.url)}`, {
      headers: bearer(editor),
    })
    expect(original.status).toBe(200)
    await original.arrayBuffer()
    expect(s3.writes()).toBe(4)
  })

  test('should serve anonymous readers only images a published page shows, on every process', async () => {
    const draftOnly = await uploadPhoto(second.baseUrl, 'Not yet shown')
    const { docs } = await first.payload.find({
      collection: 'conditions',
      where: { _status: { equals: 'published' } },
      limit: 1,
      overrideAccess: true,
    })
    await reviewAndPublish({ baseUrl: first.baseUrl, reviewer }, 'conditions', docs[0].id, {
      image: image.id,
    })
    for (const server of [first, second]) {
      const shown = await fetch(`${server.baseUrl}${filePath(image.sizes.card.url)}`)
      expect(shown.status).toBe(200)
      await shown.arrayBuffer()
      const hidden = await fetch(`${server.baseUrl}${filePath(draftOnly.url)}`)
      expect(hidden.status).toBe(403)
      await hidden.arrayBuffer()
    }
    // Readers get files through the servers (access checked), never a link into the bucket.
    // (s3rver does not enforce ACLs, so a bucket's own refusal cannot be tested here.)
    for (const url of [image.url, ...sizeNames.map((name) => image.sizes[name].url)]) {
      expect(filePath(url)).toMatch(/^\/api\/media\/file\//)
    }
  })

  test('should keep an image a published page shows: no replacing by an editor, no deleting', async () => {
    const keys = await s3.keys()
    const replaced = await replaceImage(second.baseUrl, editor, image.id)
    expect(replaced.status).toBe(403)
    const deleted = await sendJson(
      'DELETE',
      `${second.baseUrl}/api/media/${image.id}`,
      undefined,
      bearer(reviewer),
    )
    expect(deleted.status).toBe(403)
    expect(await s3.keys()).toEqual(keys)
    const stillServed = await fetch(`${first.baseUrl}${filePath(image.sizes.hero.url)}`)
    expect(stillServed.status).toBe(200)
    await stillServed.arrayBuffer()
  })

  test('should remove an unused image and all its sizes from the bucket when staff delete it', async () => {
    const unused = await uploadPhoto(first.baseUrl, 'Unused picture')
    const files = fileNames(unused)
    expect(await s3.keys()).toEqual(expect.arrayContaining(files))
    const deleted = await sendJson(
      'DELETE',
      `${second.baseUrl}/api/media/${unused.id}`,
      undefined,
      bearer(editor),
    )
    expect(deleted.status).toBe(200)
    expect((await s3.keys()).filter((key) => files.includes(key))).toEqual([])
    const gone = await fetch(`${first.baseUrl}${filePath(unused.url)}`, {
      headers: bearer(editor),
    })
    expect(gone.status).toBe(404)
    await gone.arrayBuffer()
  })
})

// The media folder stays empty: nothing above may depend on this server's own disk.
test('should leave MEDIA_DIR empty on both processes', () => {
  expect(listFiles(path.resolve(process.env.MEDIA_DIR!))).toEqual([])
})
