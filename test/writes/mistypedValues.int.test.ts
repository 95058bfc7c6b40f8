import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, sendJson } from '../helpers/http'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember
let conditionId: string | number

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  const condition = await server.payload.create({
    collection: 'conditions',
    data: { name: 'TMJ disorder', slug: 'tmj-disorder', summary: 'Jaw joint pain.' },
    draft: true,
    overrideAccess: true,
  })
  conditionId = condition.id
})
afterAll(async () => server?.close())

/** Every FAQ and FAQ version, drafts included, to show a refused write stored nothing. */
async function everyFaq() {
  const { payload } = server
  const [faqs, versions] = await Promise.all([
    payload.find({ collection: 'faqs', draft: true, overrideAccess: true, pagination: false }),
    payload.findVersions({ collection: 'faqs', overrideAccess: true, pagination: false }),
  ])
  return { faqs: faqs.docs, versions: versions.totalDocs }
}

const draftFaq = { question: 'Can it help with jaw pain?', slug: 'jaw-pain' }

describe.each([
  ['a draft save', '?draft=true'],
  ['a save for review', ''],
])('%s over REST', (_name, query) => {
  test.each([
    ['text where a number goes', { order: 'first' }, 'order', /expected a number/],
    ['a list where text goes', { question: ['a', 'b'] }, 'question', /expected text, got a list/],
    ['a plain string as rich text', { answer: 'Yes.' }, 'answer', /expected rich text/],
    // Payload's Lexical validation walked these without looking: 500s.
    [
      'rich text whose children are not a list',
      { answer: { root: { type: 'root', children: 'x' } } },
      'answer',
      /root\.children: must be a list of nodes/,
    ],
    [
      'rich text with a null node',
      { answer: { root: { type: 'root', children: [null] } } },
      'answer',
      /root\.children\[0\]: must be a node/,
    ],
    [
      'rich text whose text is a number',
      {
        answer: {
          root: {
            type: 'root',
            children: [{ type: 'paragraph', children: [{ type: 'text', text: 42 }] }],
          },
        },
      },
      'answer',
      /text node's text must be a string/,
    ],
    [
      'rich text with a node its editor does not have',
      {
        answer: {
          root: {
            type: 'root',
            children: [{ type: 'paragraph', children: [{ type: 'iframe', src: 'https://x' }] }],
          },
        },
      },
      'answer',
      /root\.children\[0\]\.children\[0\]: this editor has no "iframe" node; it takes paragraph, .*heading/,
    ],
    [
      'a relationship ID of the wrong kind',
      { relatedConditions: ['not-an-id'] },
      'relatedConditions',
      /is not an ID here/,
    ],
    [
      'a relationship to no document',
      { relatedConditions: [randomUUID()] },
      'relatedConditions',
      /there is no conditions document/,
    ],
  ])(
    'should refuse %s with 400 naming the field, storing nothing',
    async (_case, values, path, message) => {
      const before = await everyFaq()
      const { status, body } = await sendJson(
        'POST',
        `${server.baseUrl}/api/faqs${query}`,
        { ...draftFaq, ...values },
        bearer(editor),
      )
      expect(status).toBe(400)
      expect(body.errors[0].data.errors).toEqual([
        expect.objectContaining({ path, message: expect.stringMatching(message) }),
      ])
      expect(await everyFaq()).toEqual(before)
    },
  )
})

test('should store rich text using every kind of node the editor offers', async () => {
  const text = (value: string) => ({ type: 'text', text: value, version: 1 })
  const answer = {
    root: {
      type: 'root',
      version: 1,
      children: [
        { type: 'heading', tag: 'h2', version: 1, children: [text('Aftercare')] },
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          version: 1,
          children: [{ type: 'listitem', value: 1, version: 1, children: [text('Rest.')] }],
        },
        { type: 'quote', version: 1, children: [text('Quoted.')] },
        {
          type: 'paragraph',
          version: 1,
          children: [
            text('See'),
            { type: 'linebreak', version: 1 },
            {
              type: 'link',
              version: 3,
              fields: { linkType: 'custom', url: 'https://example.org', newTab: false },
              children: [text('the clinic')],
            },
          ],
        },
        { type: 'horizontalrule', version: 1 },
      ],
    },
  }
  const { status, body } = await sendJson(
    'POST',
    `${server.baseUrl}/api/faqs?draft=true`,
    { ...draftFaq, slug: 'every-node', answer },
    bearer(editor),
  )
  expect(status).toBe(201)
  expect(body.doc.answer.root.children.map((node: { type: string }) => node.type)).toEqual([
    'heading',
    'list',
    'quote',
    'paragraph',
    'horizontalrule',
  ])
})

describe('nested values', () => {
  test.each([
    [
      'a word for a checkbox in a group',
      { downtime: { required: 'yes' } },
      'downtime.required',
      /true or false/,
    ],
    [
      'a unit that is not an option',
      { retreatmentInterval: { unit: 'fortnights' } },
      'retreatmentInterval.unit',
      /one of "minutes"/,
    ],
    ['a word where a group of fields goes', { downtime: 'none' }, 'downtime', /expected an object/],
  ])('should refuse %s in a draft and name its path', async (_case, values, path, message) => {
    const { status, body } = await sendJson(
      'POST',
      `${server.baseUrl}/api/procedures?draft=true`,
      { name: 'Jaw injections', slug: 'jaw-injections', ...values },
      bearer(editor),
    )
    expect(status).toBe(400)
    expect(body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path, message: expect.stringMatching(message) }),
    ])
  })
})

describe('what still saves', () => {
  test('should keep saving an unfinished draft with well-typed values and real relationships', async () => {
    const { status, body } = await sendJson(
      'POST',
      `${server.baseUrl}/api/faqs?draft=true`,
      { ...draftFaq, slug: 'unfinished', order: '3', relatedConditions: [conditionId] },
      bearer(editor),
    )
    expect(status).toBe(201)
    // Payload's own coercion of a numeric string is kept; no answer is required in a draft.
    expect(body.doc).toMatchObject({ order: 3, answer: null, _status: 'draft' })
    expect(body.doc.relatedConditions.map((related: { id: unknown }) => related.id)).toEqual([
      conditionId,
    ])
  })
})

describe('GraphQL', () => {
  test('should refuse a draft pointing to no document with a message, not a server error', async () => {
    const { status, body } = await graphql(
      server.baseUrl,
      `
        mutation ($conditions: [String]) {
          createFaq(
            draft: true
            data: { question: "Q?", slug: "q-graphql", order: 1, relatedConditions: $conditions }
          ) {
            id
          }
        }
      `,
      { conditions: [randomUUID()] },
      bearer(editor),
    )
    expect(status).toBeLessThan(500)
    expect(body.errors[0].message).toMatch(/relatedConditions/)
    expect(JSON.stringify(body.errors[0])).toMatch(/there is no conditions document/)
  })
})
