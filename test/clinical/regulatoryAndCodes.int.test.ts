import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { getJson, graphql, sendJson } from '../helpers/http'
import { reviewAllPublished } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { syndicationFixture } from '../helpers/syndication'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let editor: StaffMember
let reviewer: StaffMember
let partner: Awaited<ReturnType<typeof syndicationFixture>>

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  // Partners receive reviewed content only: a clinician reviews (and answers the flags) first.
  await reviewAllPublished(server.payload)
  editor = await signInAs(server.payload, server.baseUrl, 'editor')
  reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
  partner = await syndicationFixture(server.baseUrl, server.payload)
})
afterAll(async () => server?.close())

const publicDoc = async (collection: string, slug: string) => {
  const { status, body } = await getJson(
    `${server.baseUrl}/api/${collection}?where[slug][equals]=${slug}&depth=0`,
  )
  expect(status).toBe(200)
  return body.docs[0]
}

describe('regulatory status and safety information, cited', () => {
  test('should give the procedure its approved indications and label, marked as an outside fact to confirm', async () => {
    const procedure = await publicDoc('procedures', 'therapeutic-botox-injection')
    const { regulatory, safetyInformation } = procedure
    expect(
      regulatory.approvedIndications.map((row: { indication: string }) => row.indication),
    ).toEqual(
      expect.arrayContaining([
        'chronic migraine prevention in adults',
        'cervical dystonia',
        'overactive bladder',
      ]),
    )
    expect(regulatory.provenance).toBe('added from the prescribing information')
    expect(procedure.provenance.sourceDocument).toBe('seed/source/therapeutic-botox.txt')
    expect(regulatory.needsReviewerConfirmation).toBe(true)
    expect(regulatory.citation).toMatch(/issue #10.*to be confirmed by a reviewer/s)
    // The issue gives no revision date, publisher or URL: none is invented.
    expect(regulatory.label.revisionDate ?? null).toBeNull()
    expect(regulatory.label.url ?? null).toBeNull()
    expect(regulatory.offLabelNotice).toMatch(
      /not for TMJ disorder, teeth grinding \(bruxism\) or tension headaches/,
    )
    expect(safetyInformation.boxedWarning).toMatch(
      /can be life-threatening: get medical help at once/,
    )
    expect(safetyInformation.contraindications).toHaveLength(2)
    expect(safetyInformation.provenance).toBe('added from the prescribing information')
  })

  test('should cite the label on each condition’s off-label status', async () => {
    for (const slug of ['tmj-disorder', 'tension-headaches', 'bruxism']) {
      const { indication } = await publicDoc('conditions', slug)
      expect(indication).toMatchObject({
        status: 'off-label',
        provenance: 'added from the prescribing information',
      })
      expect(indication.reference).toMatch(
        /prescribing information.*Regulatory status on the procedure/s,
      )
    }
  })
})

describe('a reviewer’s confirmation of the label facts records who and when', () => {
  const procedureUrl = (id: string | number) =>
    `${server.baseUrl}/api/procedures/${id}?draft=true&depth=0`
  const save = async (member: StaffMember, data: Record<string, unknown>) => {
    const { id } = await publicDoc('procedures', 'therapeutic-botox-injection')
    return sendJson('PATCH', procedureUrl(id), data, bearer(member))
  }

  test('should refuse an editor’s confirmation and record a reviewer’s, ignoring what the client claims', async () => {
    const refused = await save(editor, { regulatory: { needsReviewerConfirmation: false } })
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toMatch(/Only a clinical reviewer or an admin/)

    const confirmed = await save(reviewer, {
      regulatory: {
        needsReviewerConfirmation: false,
        confirmedBy: editor.id,
        confirmedAt: '2000-01-01T00:00:00.000Z',
      },
    })
    expect(confirmed.status).toBe(200)
    const { regulatory } = confirmed.body.doc
    expect(regulatory).toMatchObject({ needsReviewerConfirmation: false, confirmedBy: reviewer.id })
    expect(Date.now() - Date.parse(regulatory.confirmedAt)).toBeLessThan(10 * 60_000)
    // The safety information is confirmed separately.
    expect(confirmed.body.doc.safetyInformation.needsReviewerConfirmation).toBe(true)
    expect(confirmed.body.doc.safetyInformation.confirmedBy ?? null).toBeNull()
  })

  test('should keep the record through saves that leave the facts alone, and void it when an editor changes them', async () => {
    const first = (await save(reviewer, {})).body.doc.regulatory
    const kept = await save(editor, { technique: 'Botox is injected just under the skin.' })
    expect(kept.status).toBe(200)
    expect(kept.body.doc.regulatory).toMatchObject({
      needsReviewerConfirmation: false,
      confirmedBy: reviewer.id,
      confirmedAt: first.confirmedAt,
    })

    const changed = await save(editor, {
      regulatory: { offLabelNotice: `${first.offLabelNotice} Edited.` },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.regulatory).toMatchObject({
      needsReviewerConfirmation: true,
      confirmedBy: null,
      confirmedAt: null,
    })
  })

  test('should record the confirmation of a condition’s indication, and never show who to the public', async () => {
    const bruxism = await publicDoc('conditions', 'bruxism')
    const { status, body } = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/conditions/${bruxism.id}?draft=true&depth=0`,
      { indication: { needsReviewerConfirmation: false } },
      bearer(reviewer),
    )
    expect(status).toBe(200)
    expect(body.doc.indication).toMatchObject({ confirmedBy: reviewer.id })
    const draft = await getJson(`${server.baseUrl}/api/conditions/${bruxism.id}?draft=true&depth=0`)
    expect(draft.body.indication ?? {}).not.toHaveProperty('confirmedBy')
  })
})

describe('the off-label notice on FAQ answers over REST and GraphQL', () => {
  test('should carry the procedure’s notice on an answer that speaks of approval, and on no other', async () => {
    const safe = await publicDoc('faqs', 'is-therapeutic-botox-safe')
    expect(safe.offLabelNotice).toMatch(/legal but off-label/)
    const insurance = await publicDoc('faqs', 'does-insurance-cover')
    expect(insurance.offLabelNotice ?? null).toBeNull()

    const { body } = await graphql(
      server.baseUrl,
      '{ Faqs(sort: "order", limit: 20) { docs { slug offLabelNotice } } }',
    )
    const bySlug = Object.fromEntries(
      body.data.Faqs.docs.map((doc: { slug: string; offLabelNotice: string | null }) => [
        doc.slug,
        doc.offLabelNotice,
      ]),
    )
    expect(bySlug['is-therapeutic-botox-safe']).toBe(safe.offLabelNotice)
    expect(bySlug['does-insurance-cover']).toBeNull()
  })

  test('should compute the notice on read and never store what a client sends', async () => {
    const insurance = await publicDoc('faqs', 'does-insurance-cover')
    const { status, body } = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/faqs/${insurance.id}?draft=true&depth=0`,
      { offLabelNotice: 'A notice a client made up.' },
      bearer(editor),
    )
    expect(status).toBe(200)
    expect(body.doc.offLabelNotice ?? null).toBeNull()
  })
})

describe('coded conditions', () => {
  test('should seed the issue’s ICD-10-CM codes as proposed, titled from the table', async () => {
    const codesOf = async (slug: string) =>
      (await publicDoc('conditions', slug)).codes.map((row: Record<string, string>) => [
        row.code,
        row.status,
      ])
    expect(await codesOf('tmj-disorder')).toEqual([
      ['M26.609', 'proposed'],
      ['M26.629', 'proposed'],
      ['M79.11', 'proposed'],
    ])
    expect(await codesOf('tension-headaches')).toEqual([
      ['G44.209', 'proposed'],
      ['G44.229', 'proposed'],
    ])
    const bruxism = await publicDoc('conditions', 'bruxism')
    expect(bruxism.codes[0]).toMatchObject({
      system: 'icd10cm',
      code: 'G47.63',
      display: 'Sleep related bruxism',
    })
    expect(bruxism.codes[0]).not.toHaveProperty('confirmedBy')
  })

  test('should filter by code over REST and GraphQL', async () => {
    const rest = await getJson(
      `${server.baseUrl}/api/conditions?where[codes.code][equals]=G47.63&depth=0`,
    )
    expect(rest.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['bruxism'])
    const gql = await graphql(
      server.baseUrl,
      '{ Conditions(where: { codes__code: { equals: "G44.229" } }) { docs { slug codes { system code display status } } } }',
    )
    expect(gql.body.data.Conditions.docs.map((doc: { slug: string }) => doc.slug)).toEqual([
      'tension-headaches',
    ])
  })

  test.each([
    [{ system: 'icd10cm', code: 'G47.6' }, /not in the project's ICD-10-CM table/],
    [{ system: 'icd10cm', code: 'bruxism' }, /not shaped like an ICD-10-CM code/],
    [{ system: 'snomedct', code: '22298007' }, /Verhoeff/],
  ])('should refuse %j with 400 and change nothing', async (row, message) => {
    const before = await publicDoc('conditions', 'bruxism')
    const { status, body } = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/conditions/${before.id}?draft=true`,
      { codes: [...before.codes, row] },
      bearer(reviewer),
    )
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toMatch(message)
    const { docs } = await server.payload.find({
      collection: 'conditions',
      where: { slug: { equals: 'bruxism' } },
      draft: true,
      overrideAccess: true,
    })
    expect((docs[0] as { codes: unknown[] }).codes).toHaveLength(1)
  })

  test('should let only a reviewer confirm a code, recording who and when', async () => {
    const bruxism = await publicDoc('conditions', 'bruxism')
    const confirm = (member: StaffMember) =>
      sendJson(
        'PATCH',
        `${server.baseUrl}/api/conditions/${bruxism.id}?draft=true&depth=0`,
        { codes: [{ ...bruxism.codes[0], status: 'confirmed' }] },
        bearer(member),
      )
    const refused = await confirm(editor)
    expect(refused.status).toBe(403)
    const confirmed = await confirm(reviewer)
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.doc.codes[0]).toMatchObject({
      status: 'confirmed',
      confirmedBy: reviewer.id,
    })
    expect(Date.parse(confirmed.body.doc.codes[0].confirmedAt)).not.toBeNaN()

    // An editor's change of a confirmed code voids the confirmation: a reviewer confirms anew.
    const changed = await sendJson(
      'PATCH',
      `${server.baseUrl}/api/conditions/${bruxism.id}?draft=true&depth=0`,
      { codes: [{ ...confirmed.body.doc.codes[0], code: 'M79.11', display: null }] },
      bearer(editor),
    )
    expect(changed.status).toBe(200)
    expect(changed.body.doc.codes[0]).toMatchObject({
      code: 'M79.11',
      status: 'proposed',
      confirmedBy: null,
      confirmedAt: null,
    })
  })
})

describe('syndication carries codes, the off-label notice and the safety information', () => {
  test('should filter conditions by ?code= and refuse a malformed one', async () => {
    const { status, body } = await partner.get('/conditions?code=ICD10CM:G47.63')
    expect(status).toBe(200)
    expect(body.items.map((item: { slug: string }) => item.slug)).toEqual(['bruxism'])
    const [bruxism] = body.items
    expect(bruxism.content.codes).toEqual([
      {
        system: 'ICD-10-CM',
        systemOid: '2.16.840.1.113883.6.90',
        code: 'G47.63',
        display: 'Sleep related bruxism',
        status: 'proposed',
      },
    ])
    expect(bruxism.content.offLabelNotice).toMatch(/off-label use/)
    expect((await partner.get('/conditions?code=ICD10CM:Z99.99')).body.items).toEqual([])
    const bad = await partner.get('/conditions?code=G47.63')
    expect(bad.status).toBe(400)
    expect(bad.body.detail).toMatch(/SYSTEM:CODE/)
    expect((await partner.get('/procedures?code=ICD10CM:G47.63')).status).toBe(400)
  })

  test('should put the notice and safety information in the procedure’s JSON, HTML and JSON-LD', async () => {
    const json = await partner.get('/procedures/therapeutic-botox-injection')
    expect(json.body.content.safetyInformation.boxedWarning).toMatch(/life-threatening/)
    expect(json.body.content.offLabelNotice).toMatch(/legal but off-label/)
    const html = await partner.get('/procedures/therapeutic-botox-injection?format=html')
    expect(html.text).toContain('class="clinic-off-label"')
    expect(html.text).toContain('Important safety information')
    expect(html.text.indexOf('clinic-boxed-warning')).toBeLessThan(
      html.text.indexOf('How Does Therapeutic'),
    )
    const ld = await partner.get('/procedures/therapeutic-botox-injection?format=jsonld')
    const procedure = ld.body.mainEntity
    expect(procedure).not.toHaveProperty('indication')
    expect(procedure.disambiguatingDescription).toMatch(/legal but off-label/)
    expect(procedure.drug.warning[0]).toMatch(/may spread from the injection area/)
  })

  test('should give the condition JSON-LD its codes as MedicalCode and the FAQ on approval its notice', async () => {
    const ld = await partner.get('/conditions/bruxism?format=jsonld')
    expect(ld.body.mainEntity.code).toEqual([
      {
        '@type': 'MedicalCode',
        codeValue: 'G47.63',
        codingSystem: 'ICD-10-CM',
        name: 'Sleep related bruxism',
      },
    ])
    const faq = await partner.get('/faqs/is-therapeutic-botox-safe?format=html')
    expect(faq.text).toContain('class="clinic-off-label"')
    const other = await partner.get('/faqs/does-insurance-cover')
    expect(other.body.content.offLabelNotice).toBeNull()
  })
})
