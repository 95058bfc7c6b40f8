/**
 * Filters on hasMany fields, as a website sends them over REST. Their values live in side tables
 * (`conditions_texts`, `faqs_rels`) matched by a path column. Payload's drizzle adapter joined a
 * localized hasMany text field's table on `_locale`, a column those tables do not have (theirs is
 * `locale`): the SQL read `and  = ?` and every such filter answered 500 (then 400, refused at the
 * entry). The carried patch to @payloadcms/drizzle names the right column: the target-area and
 * alternate-name tests fail without it on every engine. The same patch matches exact paths with
 * `=` instead of LIKE (statementReuse.int.test.ts says why and checks the SQL); these check the
 * answers stay the same.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson } from '../helpers/http'
import { seedSource } from '../helpers/seeded'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
})
afterAll(async () => server?.close())

const slugsOf = (body: { docs?: { slug?: string }[] }) =>
  (body.docs ?? []).map((doc) => doc.slug).sort()

describe('filters on a localized hasMany text field (conditions.targetAreas)', () => {
  test('should find the conditions with a given target area', async () => {
    const { status, body } = await getJson(
      `${server.baseUrl}/api/conditions?where[targetAreas][equals]=temples&depth=0`,
    )
    expect(status).toBe(200)
    expect(slugsOf(body)).toEqual(['tension-headaches'])
  })

  test('should find the conditions that have any target area, and not the others', async () => {
    const { status, body } = await getJson(
      `${server.baseUrl}/api/conditions?where[targetAreas][exists]=true&depth=0&limit=50`,
    )
    expect(status).toBe(200)
    expect(slugsOf(body)).toEqual(['tension-headaches', 'tmj-disorder'])
  })

  test('should match a path exactly: a value of another hasMany field is not a target area', async () => {
    // "teeth grinding" is one of bruxism's alternate names (conditions_texts, another path).
    const { status, body } = await getJson(
      `${server.baseUrl}/api/conditions?where[targetAreas][equals]=teeth%20grinding&depth=0`,
    )
    expect(status).toBe(200)
    expect(slugsOf(body)).toEqual([])
  })
  test.each([
    ['like', 'grind', ['bruxism']],
    ['contains', 'TMD', ['tmj-disorder']],
    ['equals', 'TMJ', ['tmj-disorder']],
  ])(
    'should answer %s on alternate names with the conditions that have one',
    async (operator, value, slugs) => {
      // These answered 400 while the broken join was refused at the entry (checkWherePaths).
      const { status, body } = await getJson(
        `${server.baseUrl}/api/conditions?where[alternateNames][${operator}]=${value}&depth=0`,
      )
      expect(status).toBe(200)
      expect(slugsOf(body)).toEqual(slugs)
    },
  )
})

describe('filters through a hasMany relationship (faqs.relatedProcedures)', () => {
  test("should find the FAQs about a procedure by the procedure's slug", async () => {
    const { status, body } = await getJson(
      `${server.baseUrl}/api/faqs?where[relatedProcedures.slug][equals]=therapeutic-botox-injection&depth=0&limit=100`,
    )
    expect(status).toBe(200)
    const all = await getJson(`${server.baseUrl}/api/faqs?depth=0&limit=100`)
    const related = (all.body.docs as { id: string; relatedProcedures?: unknown[] }[])
      .filter((faq) => (faq.relatedProcedures ?? []).length > 0)
      .map((faq) => faq.id)
      .sort()
    expect(related.length).toBeGreaterThan(0)
    expect((body.docs as { id: string }[]).map((faq) => faq.id).sort()).toEqual(related)
  })
})
