import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson } from '../helpers/http'
import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  process.env.INFOBUTTON_RATE_LIMIT = '40'
  server = await startTestServer()
  await seedSource(server.payload)
  // Clinical systems receive reviewed content only: a clinician reviews the seed first.
  await reviewAllPublished(server.payload)
})
afterAll(async () => server?.close())

const icd10cm = '2.16.840.1.113883.6.90'
/** The request MedlinePlus Connect documents, for sleep related bruxism. */
const medlinePlusStyle = (extra = '') =>
  `/infobutton?mainSearchCriteria.v.cs=${icd10cm}&mainSearchCriteria.v.c=G47.63&mainSearchCriteria.v.dn=Sleep%20related%20bruxism&informationRecipient.languageCode.c=en${extra}`
const call = (path: string) => getJson(`${server.baseUrl}${path}`)

describe('GET /infobutton', () => {
  test('should leave out a published condition no clinician has reviewed', async () => {
    await server.payload.create({
      collection: 'conditions',
      data: {
        name: 'Unreviewed grinding page',
        summary: 'Published by a script, never reviewed.',
        indication: { status: 'off-label' },
        codes: [{ system: 'icd10cm', code: 'G47.63' }],
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
    const { status, body } = await call(
      `${medlinePlusStyle()}&knowledgeResponseType=application/json`,
    )
    expect(status).toBe(200)
    expect(
      body.feed.entry.map((entry: { title: { _value: string } }) => entry.title._value),
    ).toEqual(['Teeth Grinding (Bruxism)'])
  })

  test('should answer the G47.63 request in Atom with the condition, its procedure, the notice and the review', async () => {
    const response = await fetch(`${server.baseUrl}${medlinePlusStyle()}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/xml')
    expect(response.headers.get('ratelimit-policy')).toMatch(/q=40/)
    expect(response.headers.get('ratelimit')).toMatch(/r=\d+/)
    const xml = await response.text()
    expect(xml).toContain('<category scheme="mainSearchCriteria.v.c" term="G47.63"/>')
    const feed = await new Parser().parseString(xml)
    expect(feed.items).toHaveLength(1)
    const [entry] = feed.items
    expect(entry!.title).toBe('Teeth Grinding (Bruxism)')
    expect(entry!.link).toMatch(/\/conditions\/bruxism$/)
    expect(entry!.summary).toMatch(/off-label use/)
    expect(entry!.summary).toMatch(
      /Treatment: <a href="[^"]+\/procedures\/therapeutic-botox-injection">Therapeutic Botox Injection<\/a>/,
    )
    expect(entry!.summary).toMatch(/Last reviewed \d{4}-\d{2}-\d{2} by Dr\. Test Reviewer/)
    expect(xml).toMatch(/<rights type="text">Content from [^<]+<\/rights>/)
  })

  test('should answer the same request as MedlinePlus-Connect-style JSON', async () => {
    const { status, headers, body } = await call(
      `${medlinePlusStyle()}&knowledgeResponseType=application/json`,
    )
    expect(status).toBe(200)
    expect(headers.get('content-type')).toContain('application/json')
    expect(body.feed.category).toContainEqual({ scheme: 'mainSearchCriteria.v.cs', term: icd10cm })
    const [entry] = body.feed.entry
    expect(entry.title._value).toBe('Teeth Grinding (Bruxism)')
    expect(entry.link[0]).toMatchObject({
      rel: 'alternate',
      href: expect.stringMatching(/\/conditions\/bruxism$/),
    })
    expect(entry.procedures[0]).toMatchObject({
      title: 'Therapeutic Botox Injection',
      offLabelNotice: expect.stringMatching(/legal but off-label/),
    })
    expect(entry.lastReviewed).toEqual(expect.any(String))
    expect(entry.rights._value).toMatch(/^Content from /)
  })

  test('should answer Spanish requests in Spanish pages, falling back to English text', async () => {
    const { body } = await call(
      `/infobutton?mainSearchCriteria.v.cs=${icd10cm}&mainSearchCriteria.v.c=G44.229&informationRecipient.languageCode.c=es-MX&knowledgeResponseType=application/json`,
    )
    expect(body.feed.lang._value).toBe('es')
    expect(body.feed.entry[0].link[0].href).toMatch(/\/conditions\/tension-headaches\?locale=es$/)
    expect(body.feed.entry[0].title._value).toBe('Tension Headaches')
    const french = await call(
      `${medlinePlusStyle().replace('languageCode.c=en', 'languageCode.c=fr')}&knowledgeResponseType=application/json`,
    )
    expect(french.body.feed.lang._value).toBe('en')
  })

  test('should find a condition by display name when no code is given', async () => {
    const { body } = await call(
      '/infobutton?mainSearchCriteria.v.dn=TMD&knowledgeResponseType=application/json',
    )
    expect(
      body.feed.entry.map((entry: { title: { _value: string } }) => entry.title._value),
    ).toEqual(['TMJ Disorder'])
  })

  test('should answer an unknown but well-formed code with 200 and an empty feed', async () => {
    const response = await fetch(
      `${server.baseUrl}/infobutton?mainSearchCriteria.v.cs=${icd10cm}&mainSearchCriteria.v.c=J45.909`,
    )
    expect(response.status).toBe(200)
    const feed = await new Parser().parseString(await response.text())
    expect(feed.items).toEqual([])
  })

  test.each([
    ['no search criteria', '/infobutton'],
    ['a code without its system', '/infobutton?mainSearchCriteria.v.c=G47.63'],
    [
      'an unsupported system',
      '/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.1&mainSearchCriteria.v.c=1234-5',
    ],
    [
      'a malformed ICD-10-CM code',
      `/infobutton?mainSearchCriteria.v.cs=${icd10cm}&mainSearchCriteria.v.c=%3Cscript%3E`,
    ],
    [
      'a SNOMED CT id with a wrong check digit',
      '/infobutton?mainSearchCriteria.v.cs=2.16.840.1.113883.6.96&mainSearchCriteria.v.c=22298007',
    ],
    [
      'a repeated code',
      `/infobutton?mainSearchCriteria.v.cs=${icd10cm}&mainSearchCriteria.v.c=G47.63&mainSearchCriteria.v.c=G44.229`,
    ],
    [
      'an unknown response type',
      `${'/infobutton?mainSearchCriteria.v.dn=TMJ'}&knowledgeResponseType=text/html`,
    ],
    [
      'a malformed language',
      '/infobutton?mainSearchCriteria.v.dn=TMJ&informationRecipient.languageCode.c=e%20n',
    ],
  ])('should refuse %s with 400 problem+json', async (_label, path) => {
    const { status, headers, body } = await call(path)
    expect(status).toBe(400)
    expect(headers.get('content-type')).toContain('application/problem+json')
    expect(body).toMatchObject({
      status: 400,
      title: 'Invalid parameter',
      detail: expect.any(String),
    })
  })

  test('should limit each client address and answer 429 with Retry-After', async () => {
    let last: Response | undefined
    for (let i = 0; i < 45 && last?.status !== 429; i++) {
      last = await fetch(`${server.baseUrl}/infobutton?mainSearchCriteria.v.dn=TMJ`)
      await last.arrayBuffer()
    }
    expect(last!.status).toBe(429)
    expect(last!.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(last!.headers.get('content-type')).toContain('application/problem+json')
  })
})
