import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createImage } from '../helpers/media'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember
let lostFile: { filename: string; url: string }

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  const media = await createImage(server.payload, {
    alt: 'A picture whose file goes missing',
    name: 'lost.png',
    width: 40,
    height: 30,
  })
  // Shown by a published page, so anonymous readers may ask for its file.
  await server.payload.create({
    collection: 'conditions',
    data: {
      name: 'Bruxism',
      slug: 'bruxism',
      summary: 'Teeth grinding.',
      indication: { status: 'unknown' as const },
      image: media.id,
      _status: 'published',
    },
    overrideAccess: true,
  })
  lostFile = { filename: media.filename!, url: new URL(media.url!, server.baseUrl).pathname }
  fs.rmSync(path.join(process.env.MEDIA_DIR!, lostFile.filename))
})
afterAll(async () => server?.close())

describe('requests that used to answer 500', () => {
  test.each([
    [
      'a where on a path inside rich text',
      '/api/conditions?where[body.root.children.text][like]=x',
    ],
    ['a near on a field that is not a point', '/api/conditions?where[name][near]=1,2,3'],
    ['distinct, which is not a document id', '/api/conditions/distinct'],
  ])('should answer %s with a 4xx that says what to change', async (_name, url) => {
    const response = await fetch(`${server.baseUrl}${url}`, { headers: bearer(editor) })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    const body = (await response.json()) as { errors: { message: string }[] }
    expect(body.errors[0].message).not.toMatch(/something went wrong/i)
  })

  test('should answer 404 for a media file that is missing on disk', async () => {
    const response = await fetch(`${server.baseUrl}${lostFile.url}`)
    expect(response.status).toBe(404)
  })
})
