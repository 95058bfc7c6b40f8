import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { seedDocuments } from '../seed/index'
import { sourceDocument } from '../seed/source'
import { seedContent } from '../src/seed/seedContent'
import { getJson, graphql } from './helpers/http'
import { seedSource } from './helpers/seeded'
import { startTestServer, type TestServer } from './helpers/testServer'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
})
afterAll(async () => server?.close())

const publicGet = async (pathAndQuery: string) => {
  const { status, body } = await getJson(`${server.baseUrl}/api/${pathAndQuery}`)
  expect(status).toBe(200)
  return body
}
const bySlug = async (collection: string, slug: string) =>
  (await publicGet(`${collection}?where[slug][equals]=${slug}&depth=0`)).docs[0]

describe('seeded facts, read anonymously over REST', () => {
  test('should hold the three conditions, all off-label, with their source sections', async () => {
    const { docs } = await publicGet('conditions?sort=slug&limit=10')
    expect(docs.map((doc: { slug: string }) => doc.slug)).toEqual([
      'bruxism',
      'tension-headaches',
      'tmj-disorder',
    ])
    for (const doc of docs) {
      expect(doc.indication.status).toBe('off-label')
      expect(doc.indication.reference).toContain('issues #2 and #10')
      expect(doc.indication.provenance).toBe('added from the prescribing information')
      expect(doc.indication.needsReviewerConfirmation).toBe(true)
      expect(doc.provenance.sourceSection).toContain('What Can Therapeutic BOTOX® Treat?')
    }
  })

  test('should give tension headaches their target areas and relief of up to four months', async () => {
    const condition = await bySlug('conditions', 'tension-headaches')
    expect(condition.targetAreas).toEqual(['base of the skull', 'temples', 'forehead'])
    expect(condition.expectedRelief).toMatchObject({ max: 4, unit: 'months', isoMax: 'P4M' })
  })

  test('should give TMJ disorder its symptoms and complementary therapies', async () => {
    const condition = await bySlug('conditions', 'tmj-disorder')
    expect(condition.symptoms).toEqual(['chronic jaw pain', 'morning headaches', 'jaw tension'])
    expect(condition.complementaryTherapies.map((row: { therapy: string }) => row.therapy)).toEqual(
      ['oral appliance', 'physical therapy'],
    )
  })

  test('should give the procedure its durations as numbers and ISO 8601', async () => {
    const procedure = await bySlug('procedures', 'therapeutic-botox-injection')
    expect(procedure.onset).toMatchObject({
      min: 1,
      max: 3,
      unit: 'days',
      isoMin: 'P1D',
      isoMax: 'P3D',
    })
    expect(procedure.fullEffect).toMatchObject({ max: 2, unit: 'weeks', isoMax: 'P2W' })
    expect(procedure.retreatmentInterval).toMatchObject({ isoMin: 'P3M', isoMax: 'P4M' })
    expect(
      procedure.reliefDurations.map(
        (row: { duration: { isoMin: string | null; isoMax: string } }) =>
          `${row.duration.isoMin}..${row.duration.isoMax}`,
      ),
    ).toEqual(['P3M..P6M', 'null..P4M'])
    expect(procedure.reliefDurations[0].attribution).toContain('FAQ')
    expect(procedure.downtime.required).toBe(false)
    expect(procedure.administeredBy).toBe('a licensed professional')
    expect(procedure.conditionsTreated).toHaveLength(3)
  })

  test('should order the aftercare timeline with its timeframes', async () => {
    const { docs } = await publicGet('aftercare-steps?sort=order&depth=0')
    expect(
      docs.map((step: { slug: string; timeframe: { isoMin: string; isoMax: string } }) => [
        step.slug,
        step.timeframe.isoMin,
        step.timeframe.isoMax,
      ]),
    ).toEqual([
      ['swelling-and-redness', null, null],
      ['tenderness', 'PT1H', 'PT2H'],
      ['mild-bruising', null, 'P2D'],
      ['return-to-normal-activities', 'PT0H', 'PT0H'],
    ])
    expect(docs[0].timeframe.wording).toBe('fade within a few hours')
    expect(docs[2].likelihood).toBe('rare')
    expect(docs[1].whatToDo).toMatch(/ice pack or over-the-counter pain medication/)
  })

  test('should hold the four FAQs in the source order', async () => {
    const { docs } = await publicGet('faqs?sort=order&depth=0')
    expect(docs.map((faq: { question: string }) => faq.question)).toEqual([
      'How long do Therapeutic Botox injections last?',
      'Is Therapeutic BOTOX safe?',
      'Is there any downtime needed after BOTOX injections?',
      'Does insurance cover Therapeutic BOTOX®?',
    ])
  })

  test('should carry every sentence of the source text in some seeded document', async () => {
    const source = fs.readFileSync(path.resolve(process.cwd(), sourceDocument), 'utf8')
    const sentences = source
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.endsWith('.'))
      .flatMap((paragraph) => paragraph.split(/(?<=\.)\s+/))
    expect(sentences.length).toBeGreaterThan(25)

    const everything = JSON.stringify(
      await Promise.all(
        ['conditions', 'procedures', 'aftercare-steps', 'faqs'].map((c) =>
          publicGet(`${c}?limit=100`),
        ),
      ),
    )
    const missing = sentences.filter(
      (sentence) => !everything.includes(JSON.stringify(sentence).slice(1, -1)),
    )
    expect(missing).toEqual([])
  })

  test('should serve the same facts over GraphQL', async () => {
    const { status, body } = await graphql(
      server.baseUrl,
      `
        {
          Procedures(where: { slug: { equals: "therapeutic-botox-injection" } }) {
            docs {
              onset {
                isoMin
                isoMax
              }
              conditionsTreated {
                slug
              }
            }
          }
        }
      `,
    )
    expect(status).toBe(200)
    const [procedure] = body.data.Procedures.docs
    expect(procedure.onset).toEqual({ isoMin: 'P1D', isoMax: 'P3D' })
    expect(procedure.conditionsTreated.map((c: { slug: string }) => c.slug).sort()).toEqual([
      'bruxism',
      'tension-headaches',
      'tmj-disorder',
    ])
  })
})

describe('re-seeding', () => {
  test('should change nothing when run again', async () => {
    const before = await publicGet('conditions?limit=100&sort=slug')
    const report = await seedSource(server.payload)
    expect(new Set(report.map((entry) => entry.outcome))).toEqual(new Set(['unchanged']))
    const after = await publicGet('conditions?limit=100&sort=slug')
    expect(after.docs.map((d: { updatedAt: string }) => d.updatedAt)).toEqual(
      before.docs.map((d: { updatedAt: string }) => d.updatedAt),
    )
  })

  test('should skip a document an editor changed, and keep the editor’s text', async () => {
    const { payload } = server
    const faq = await bySlug('faqs', 'does-insurance-cover')
    await payload.update({
      collection: 'faqs',
      id: faq.id,
      data: { question: 'Will my insurance pay for it?' },
      overrideAccess: true,
    })

    const report = await seedSource(payload)
    const entry = report.find((item) => item.key === 'faqs/does-insurance-cover')
    expect(entry).toMatchObject({ outcome: 'skipped' })
    expect(entry?.reason).toContain('changed in the CMS')
    expect((await bySlug('faqs', 'does-insurance-cover')).question).toBe(
      'Will my insurance pay for it?',
    )
  })

  test('should update an untouched document when its seed data changed', async () => {
    const original = seedDocuments.find((doc) => doc.slug === 'mild-bruising')!
    const changed = { ...original, data: { ...original.data, title: 'Mild bruising (rare)' } }
    const report = await seedContent(server.payload, { sourceDocument, documents: [changed] })
    expect(report).toEqual([
      { key: 'aftercare-steps/mild-bruising', outcome: 'updated', reason: 'seed data changed' },
    ])
    expect((await bySlug('aftercare-steps', 'mild-bruising')).title).toBe('Mild bruising (rare)')
  })
})
