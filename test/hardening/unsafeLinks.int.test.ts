import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { createCondition } from '../cache/content'
import { graphql, sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember
let conditionId: string | number

const bodyLinkingTo = (url: string) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        children: [
          {
            type: 'link',
            version: 3,
            format: '',
            indent: 0,
            direction: 'ltr',
            fields: { url, linkType: 'custom', newTab: false },
            children: [
              {
                type: 'text',
                text: 'Read more',
                version: 1,
                format: 0,
                mode: 'normal',
                style: '',
                detail: 0,
              },
            ],
          },
        ],
      },
    ],
  },
})

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  conditionId = (await createCondition(server.payload, 'published')).id
})
afterAll(async () => server?.close())

const versionCount = async () =>
  (
    await server.payload.countVersions({
      collection: 'conditions',
      where: { parent: { equals: conditionId } },
      overrideAccess: true,
    })
  ).totalDocs

describe('links in rich text', () => {
  test.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])(
    'should refuse a draft linking to %s over REST, storing nothing',
    async (url) => {
      const before = await versionCount()
      const response = await sendJson(
        'PATCH',
        `${server.baseUrl}/api/conditions/${conditionId}?draft=true`,
        { body: bodyLinkingTo(url) },
        bearer(editor),
      )
      expect(response.status).toBe(400)
      expect(JSON.stringify(response.body)).toMatch(/cannot be saved: a link must be a web address/)
      expect(await versionCount()).toBe(before)
    },
  )

  test('should refuse it over GraphQL too', async () => {
    const response = await graphql(
      server.baseUrl,
      'mutation ($id: Int!, $data: mutationConditionUpdateInput!) { updateCondition(id: $id, data: $data, draft: true) { id } }'.replace(
        '$id: Int!',
        typeof conditionId === 'number' ? '$id: Int!' : '$id: String!',
      ),
      { id: conditionId, data: { body: bodyLinkingTo('javascript:alert(1)') } },
      bearer(editor),
    )
    expect(JSON.stringify(response.body.errors)).toMatch(/cannot be saved/)
  })

  test('should keep ordinary links', async () => {
    const response = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/conditions/${conditionId}?draft=true`,
      { body: bodyLinkingTo('https://clinic.example/faq') },
      bearer(editor),
    )
    expect(response.status).toBe(200)
  })
})
