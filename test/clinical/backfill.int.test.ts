import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { backfillClinicalFacts } from '../../src/clinical/backfill/backfillClinicalFacts'
import { getJson } from '../helpers/http'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs, type StaffMember } from '../helpers/staff'
import { startTestServer, type TestServer } from '../helpers/testServer'

let server: TestServer
let reviewer: StaffMember

type Doc = Record<string, any>

const editorsBoxedWarning = 'Our reviewer’s own wording of the boxed warning, kept as written.'
const editorsDraftSummary =
  'Patients who grind their teeth at night may wake up with morning headaches (editor’s draft).'

const find = async (collection: 'conditions' | 'procedures', slug: string, draft: boolean) =>
  (
    await server.payload.find({
      collection,
      where: { slug: { equals: slug } },
      draft,
      depth: 0,
      overrideAccess: true,
    })
  ).docs[0] as unknown as Doc

/**
 * An install seeded before issue 10: the same documents, published, without codes, citations,
 * regulatory status or safety information (an editor had written a boxed warning of their own),
 * and an editor's unpublished draft on one condition.
 */
async function makeInstallFromBeforeIssue10() {
  const procedure = await find('procedures', 'therapeutic-botox-injection', false)
  await server.payload.update({
    collection: 'procedures',
    id: procedure.id,
    data: {
      regulatory: {
        label: { title: null, publisher: null, url: null, revisionDate: null },
        approvedIndications: [],
        offLabelNotice: null,
        citation: null,
        provenance: null,
        needsReviewerConfirmation: null,
      },
      safetyInformation: {
        boxedWarning: editorsBoxedWarning,
        contraindications: [],
        citation: null,
        provenance: null,
        needsReviewerConfirmation: null,
      },
      _status: 'published',
    } as never,
    overrideAccess: true,
  })
  for (const slug of ['tmj-disorder', 'tension-headaches', 'bruxism']) {
    const condition = await find('conditions', slug, false)
    await server.payload.update({
      collection: 'conditions',
      id: condition.id,
      data: {
        codes: [],
        indication: { status: 'unknown', note: null, provenance: null },
        _status: 'published',
      } as never,
      overrideAccess: true,
    })
  }
  const bruxism = await find('conditions', 'bruxism', false)
  await server.payload.update({
    collection: 'conditions',
    id: bruxism.id,
    data: { summary: editorsDraftSummary, _status: 'draft' } as never,
    draft: true,
    overrideAccess: true,
  })
}

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  reviewer = await signInAs(server.payload, server.baseUrl, 'reviewer')
  await makeInstallFromBeforeIssue10()
})
afterAll(async () => server?.close())

describe('adding the seed’s clinical facts to an upgraded install', () => {
  test('should add the missing facts as drafts in review, keeping every editor’s text', async () => {
    const report = await backfillClinicalFacts(server.payload)
    expect(report.map(({ key, outcome }) => [key, outcome])).toEqual([
      ['conditions/tmj-disorder', 'drafted'],
      ['conditions/tension-headaches', 'drafted'],
      ['conditions/bruxism', 'drafted'],
      ['procedures/therapeutic-botox-injection', 'drafted'],
    ])

    const draft = await find('procedures', 'therapeutic-botox-injection', true)
    expect(draft._status).toBe('draft')
    expect(draft.workflowStatus).toBe('in-review')
    expect(draft.regulatory.offLabelNotice).toMatch(/legal but off-label/)
    expect(draft.regulatory.needsReviewerConfirmation).toBe(true)
    expect(draft.safetyInformation.boxedWarning).toBe(editorsBoxedWarning)
    expect(draft.safetyInformation.contraindications).toHaveLength(2)
    expect(draft.safetyInformation.provenance).toBe('added from the prescribing information')

    const bruxism = await find('conditions', 'bruxism', true)
    expect(bruxism.summary).toBe(editorsDraftSummary)
    expect(bruxism.codes.map((row: Doc) => [row.code, row.status])).toEqual([
      ['G47.63', 'proposed'],
    ])
    expect(bruxism.indication).toMatchObject({
      status: 'off-label',
      needsReviewerConfirmation: true,
    })
  })

  test('should publish nothing: the public still reads the published text until a reviewer publishes', async () => {
    const { body } = await getJson(
      `${server.baseUrl}/api/procedures?where[slug][equals]=therapeutic-botox-injection&depth=0`,
    )
    expect(body.docs[0].regulatory.offLabelNotice ?? null).toBeNull()
    expect(body.docs[0].safetyInformation.contraindications).toEqual([])
    const conditions = await getJson(
      `${server.baseUrl}/api/conditions?where[codes.code][equals]=G47.63&depth=0`,
    )
    expect(conditions.body.docs).toEqual([])

    const queue = await getJson(
      `${server.baseUrl}/api/procedures?draft=true&where[workflowStatus][equals]=in-review&depth=0`,
      bearer(reviewer),
    )
    expect(queue.body.docs.map((doc: Doc) => doc.slug)).toEqual(['therapeutic-botox-injection'])
  })

  test('should add nothing when run again', async () => {
    const report = await backfillClinicalFacts(server.payload)
    expect(report.every(({ outcome }) => outcome === 'complete')).toBe(true)
  })
})
