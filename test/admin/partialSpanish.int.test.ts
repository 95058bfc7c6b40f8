import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, sendJson } from '../helpers/http'
import { reviewAndPublish } from '../helpers/review'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

/**
 * Issue 9: translating a condition's name and summary into Spanish and publishing failed on
 * untranslated required fields inside rows shared by both languages ("Clinical facts →
 * Complementary Therapies 1 → Therapy"), although Spanish readers get English where Spanish is
 * missing. Required means required in English; Spanish falls back.
 */
let server: TestServer
let editor: StaffMember
let reviewer: StaffMember
let conditionId: string | number

beforeAll(async () => {
  server = await startTestServer()
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
  const created = await sendJson(
    'POST',
    `${server.baseUrl}/api/conditions?draft=true`,
    {
      name: 'TMJ disorder',
      slug: 'tmj-disorder',
      summary: 'Pain in the jaw joint and the muscles that move it.',
      indication: { status: 'off-label' },
      complementaryTherapies: [{ therapy: 'Physical therapy', whenUsed: 'in severe cases' }],
    },
    bearer(editor),
  )
  expect(created.status).toBe(201)
  conditionId = created.body.doc.id
  await reviewAndPublish({ baseUrl: server.baseUrl, reviewer }, 'conditions', conditionId)
})
afterAll(async () => server?.close())

const url = (query: string) => `${server.baseUrl}/api/conditions/${conditionId}${query}`

describe('a partial Spanish translation', () => {
  test('should publish with name and summary translated, the rest falling back to English', async () => {
    const translated = await sendJson(
      'PATCH',
      url('?draft=true&locale=es'),
      { name: 'Trastorno de la ATM', summary: 'Dolor en la articulación de la mandíbula.' },
      bearer(editor),
    )
    expect(translated.status).toBe(200)

    const published = await sendJson(
      'PATCH',
      url('?locale=es'),
      { _status: 'published' },
      bearer(reviewer),
    )
    expect(published.status, JSON.stringify(published.body)).toBe(200)

    const spanish = await getJson(
      `${server.baseUrl}/api/conditions?where[slug][equals]=tmj-disorder&locale=es`,
    )
    expect(spanish.body.docs[0]).toMatchObject({
      name: 'Trastorno de la ATM',
      summary: 'Dolor en la articulación de la mandíbula.',
      complementaryTherapies: [{ therapy: 'Physical therapy', whenUsed: 'in severe cases' }],
    })
    const english = await getJson(
      `${server.baseUrl}/api/conditions?where[slug][equals]=tmj-disorder`,
    )
    expect(english.body.docs[0]).toMatchObject({ name: 'TMJ disorder' })
  })

  test('should still refuse an English document without its required text', async () => {
    const refused = await sendJson(
      'PATCH',
      url(''),
      { complementaryTherapies: [{ therapy: '' }], _status: 'published' },
      bearer(reviewer),
    )
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.body)).toMatch(/Therapy/i)
  })
})
