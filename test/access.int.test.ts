import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, graphql, idLiteral, sendJson } from './helpers/http'
import { bearer, signInAs, type StaffMember } from './helpers/staff'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
let editor: StaffMember
let reviewer: StaffMember
let draftId: string | number
let publishedId: string | number

const draftCondition = {
  name: 'Draft-only condition',
  slug: 'draft-only-condition',
  summary: 'Unreviewed text that must not be public.',
  indication: { status: 'unknown' },
}

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')

  const draft = await sendJson(
    'POST',
    `${server.baseUrl}/api/conditions?draft=true`,
    { ...draftCondition, _status: 'draft' },
    bearer(editor),
  )
  expect(draft.status).toBe(201)
  draftId = draft.body.doc.id

  const published = await server.payload.create({
    collection: 'conditions',
    data: {
      name: 'Published condition',
      slug: 'published-condition',
      summary: 'Reviewed text.',
      indication: { status: 'unknown' as const },
      _status: 'published',
    },
    overrideAccess: true,
  })
  publishedId = published.id
  // A newer, unreviewed draft on top of the published document.
  await server.payload.update({
    collection: 'conditions',
    id: publishedId,
    data: { summary: 'Unreviewed edit of published text.' },
    draft: true,
    overrideAccess: true,
  })
})
afterAll(async () => server?.close())

const url = (path: string) => `${server.baseUrl}/api/${path}`

describe('anonymous readers', () => {
  test('should not see drafts in a REST list, with or without draft=true', async () => {
    for (const query of ['', '?draft=true']) {
      const { status, body } = await getJson(url(`conditions${query}`))
      expect(status).toBe(200)
      expect(body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['published-condition'])
    }
  })

  test('should not get a draft by id over REST', async () => {
    for (const query of ['', '?draft=true']) {
      const { status } = await getJson(url(`conditions/${draftId}${query}`))
      expect(status).toBe(404)
    }
  })

  test('should see the published text, never the newer draft on top of it', async () => {
    for (const query of ['', '?draft=true']) {
      const { body } = await getJson(url(`conditions/${publishedId}${query}`))
      expect(body.summary).toBe('Reviewed text.')
    }
  })

  test('should not see drafts over GraphQL, by list, by id or with draft: true', async () => {
    const list = await graphql(
      server.baseUrl,
      '{ Conditions(draft: true) { docs { slug summary } } }',
    )
    expect(list.body.data.Conditions.docs).toEqual([
      { slug: 'published-condition', summary: 'Reviewed text.' },
    ])

    const byId = await graphql(
      server.baseUrl,
      `{ Condition(id: ${idLiteral(draftId)}, draft: true) { slug } }`,
    )
    expect(byId.body.data?.Condition ?? null).toBeNull()
    expect(byId.body.errors?.[0]?.extensions?.statusCode).toBe(404)
  })

  test('should be refused create, update and delete, leaving the data as it was', async () => {
    const create = await sendJson('POST', url('conditions'), {
      ...draftCondition,
      slug: 'anon-made',
    })
    const update = await sendJson('PATCH', url(`conditions/${publishedId}`), {
      summary: 'Vandalised',
    })
    const remove = await sendJson('DELETE', url(`conditions/${publishedId}`), undefined)
    const mutation = await graphql(
      server.baseUrl,
      'mutation { createCondition(data: { name: "x", slug: "x", summary: "x", indication: { status: unknown } }) { id } }',
    )
    for (const response of [create, update, remove]) expect(response.status).toBe(403)
    expect(mutation.body.errors[0].extensions.statusCode).toBe(403)

    const { totalDocs } = await server.payload.count({
      collection: 'conditions',
      overrideAccess: true,
    })
    expect(totalDocs).toBe(2)
    const stored = await server.payload.findByID({
      collection: 'conditions',
      id: publishedId,
      overrideAccess: true,
    })
    expect(stored.summary).toBe('Reviewed text.')
  })

  test('should not list users or read settings they may not change', async () => {
    expect((await getJson(url('users'))).status).toBe(403)
    const settings = await sendJson('POST', url('globals/clinic-settings'), {
      clinicName: 'Hijacked',
    })
    expect(settings.status).toBe(403)
  })
})

describe('staff', () => {
  test('should let an editor create, update and delete', async () => {
    const created = await sendJson(
      'POST',
      url('conditions?draft=true'),
      { ...draftCondition, slug: 'editor-made' },
      bearer(editor),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const updated = await sendJson(
      'PATCH',
      url(`conditions/${id}?draft=true`),
      { summary: 'Edited.' },
      bearer(editor),
    )
    expect(updated.status).toBe(200)
    expect(updated.body.doc.summary).toBe('Edited.')
    const removed = await sendJson('DELETE', url(`conditions/${id}`), undefined, bearer(editor))
    expect(removed.status).toBe(200)
    expect((await getJson(url(`conditions/${id}`), bearer(editor))).status).toBe(404)
  })

  test('should let a reviewer read drafts over REST and GraphQL', async () => {
    const rest = await getJson(url(`conditions/${draftId}?draft=true`), bearer(reviewer))
    expect(rest.status).toBe(200)
    expect(rest.body.summary).toBe(draftCondition.summary)

    const gql = await graphql(
      server.baseUrl,
      '{ Conditions(draft: true, sort: "slug") { docs { slug } } }',
      {},
      bearer(reviewer),
    )
    expect(gql.body.data.Conditions.docs.map((doc: { slug: string }) => doc.slug)).toContain(
      'draft-only-condition',
    )
  })

  test('should stop an editor from granting themselves the admin role', async () => {
    const response = await sendJson(
      'PATCH',
      url(`users/${editor.id}`),
      { roles: ['admin'] },
      bearer(editor),
    )
    const stored = await server.payload.findByID({
      collection: 'users',
      id: editor.id,
      overrideAccess: true,
    })
    expect(stored.roles).toEqual(['editor'])
    expect(response.status).toBeLessThan(500)
  })
})

describe('Local API with access control on', () => {
  test('should hide drafts from no user and show them to an editor', async () => {
    const anonymous = await server.payload.find({
      collection: 'conditions',
      draft: true,
      overrideAccess: false,
    })
    expect(anonymous.docs.map((doc) => doc.slug)).toEqual(['published-condition'])

    const asEditor = await server.payload.find({
      collection: 'conditions',
      draft: true,
      overrideAccess: false,
      user: editor.user as never,
    })
    expect(asEditor.docs.map((doc) => doc.slug).sort()).toEqual([
      'draft-only-condition',
      'published-condition',
    ])
  })

  test('should refuse a create without a user', async () => {
    await expect(
      server.payload.create({
        collection: 'faqs',
        data: {
          question: 'q',
          slug: 'q',
          order: 1,
          answer: null as never,
          _status: 'published' as const,
        },
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})
