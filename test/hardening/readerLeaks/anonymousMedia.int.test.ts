import { afterAll, beforeAll, expect, test } from 'vitest'

import { getJson, graphql } from '../../helpers/http'
import { reviewAndPublish } from '../../helpers/review'
import { bearer } from '../../helpers/staff'
import { uploadImage } from '../../reviewGate/gateFixture'
import { startWorkflowFixture, type WorkflowFixture } from '../../workflow/workflowFixture'

let fx: WorkflowFixture
type Image = { id: string | number; url: string }
let publishedImage: Image
let draftImage: Image
let tmj: { id: string | number }

const idsOf = (docs: { id: unknown }[]) => docs.map((doc) => String(doc.id))
const path = (url: string) => new URL(url, 'http://x').pathname

beforeAll(async () => {
  fx = await startWorkflowFixture()
  publishedImage = (await uploadImage(fx.server.baseUrl, fx.editor, 'published-jaw')).body.doc
  draftImage = (await uploadImage(fx.server.baseUrl, fx.editor, 'draft-only-jaw', '#a7a')).body.doc
  tmj = await fx.publicRead('conditions', 'tmj-disorder')
  await reviewAndPublish(
    { baseUrl: fx.server.baseUrl, reviewer: fx.reviewer },
    'conditions',
    tmj.id,
    {
      image: publishedImage.id,
    },
  )
  // The editor's next version shows another image; it is saved as a draft only.
  const draft = await fx.patch(
    fx.editor,
    'conditions',
    tmj.id,
    { image: draftImage.id },
    '?draft=true',
  )
  expect(draft.status).toBe(200)
})
afterAll(async () => fx?.server.close())

test('should list to anonymous readers only the images a published page shows', async () => {
  const { status, body } = await getJson(`${fx.server.baseUrl}/api/media?limit=100`)
  expect(status).toBe(200)
  expect(idsOf(body.docs)).toContain(String(publishedImage.id))
  expect(idsOf(body.docs)).not.toContain(String(draftImage.id))
  expect((await getJson(`${fx.server.baseUrl}/api/media/${draftImage.id}`)).status).toBe(404)
  expect((await getJson(`${fx.server.baseUrl}/api/media/${publishedImage.id}`)).status).toBe(200)
})

test('should not serve the file of a draft-only image to anonymous readers', async () => {
  const refused = await fetch(`${fx.server.baseUrl}${path(draftImage.url)}`)
  expect(refused.status).toBe(403)
  await refused.arrayBuffer()
  const served = await fetch(`${fx.server.baseUrl}${path(publishedImage.url)}`)
  expect(served.status).toBe(200)
  expect(served.headers.get('content-type')).toBe('image/webp')
})

test('should keep every image, files included, for staff (the admin loads thumbnails with its cookie)', async () => {
  const { body } = await getJson(`${fx.server.baseUrl}/api/media?limit=100`, bearer(fx.editor))
  expect(idsOf(body.docs)).toEqual(
    expect.arrayContaining([String(publishedImage.id), String(draftImage.id)]),
  )
  const thumbnail = await fetch(`${fx.server.baseUrl}${path(draftImage.url)}`, {
    // What a browser sends for an <img> on the admin's own pages.
    headers: { cookie: fx.editor.cookie, 'sec-fetch-site': 'same-origin' },
  })
  expect(thumbnail.status).toBe(200)
  await thumbnail.arrayBuffer()
})

test('should still show published pages their images over REST and GraphQL', async () => {
  const rest = await getJson(`${fx.server.baseUrl}/api/conditions/${tmj.id}?depth=1`)
  expect(rest.body.image).toMatchObject({ id: publishedImage.id, alt: 'published-jaw' })
  const { body } = await graphql(
    fx.server.baseUrl,
    `
      {
        Conditions(where: { slug: { equals: "tmj-disorder" } }) {
          docs {
            image {
              alt
              url
            }
          }
        }
      }
    `,
  )
  expect(body.errors).toBeUndefined()
  expect(body.data.Conditions.docs[0].image).toMatchObject({ alt: 'published-jaw' })
})

test('should show an image to anonymous readers once the page showing it is published', async () => {
  await reviewAndPublish(
    { baseUrl: fx.server.baseUrl, reviewer: fx.reviewer },
    'conditions',
    tmj.id,
    {
      image: draftImage.id,
    },
  )
  const { body } = await getJson(`${fx.server.baseUrl}/api/media?limit=100`)
  expect(idsOf(body.docs)).toContain(String(draftImage.id))
  // The first image is no longer on any published page.
  expect(idsOf(body.docs)).not.toContain(String(publishedImage.id))
})
