import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { graphql, idLiteral } from '../helpers/http'
import { startWorkflowFixture, type WorkflowFixture } from './workflowFixture'

let fx: WorkflowFixture
let bruxism: { id: string | number; name: string; summary: string; symptoms: string[] }

beforeAll(async () => {
  fx = await startWorkflowFixture()
  bruxism = await fx.publicRead('conditions', 'bruxism')
})
afterAll(async () => fx?.server.close())

const conditionQuery = (locale: string) => `{
  Conditions(where: { slug: { equals: "bruxism" } }, locale: ${locale}) {
    docs { id name summary symptoms expectedRelief { max unit } indication { status } slug }
  }
}`

describe('Spanish', () => {
  test('should fall back to English until an editor writes Spanish', async () => {
    const spanish = await fx.publicRead('conditions', 'bruxism', '&locale=es')
    expect(spanish).toMatchObject({ name: bruxism.name, summary: bruxism.summary })
  })

  test('should serve Spanish once a reviewer publishes it, and English stays as it was', async () => {
    const { status: draftStatus } = await fx.patch(
      fx.editor,
      'conditions',
      bruxism.id,
      { name: 'Bruxismo', summary: 'Rechinar los dientes, sobre todo de noche.' },
      '?draft=true&locale=es',
    )
    expect(draftStatus).toBe(200)
    // Not reviewed yet: Spanish readers still get the English fallback.
    expect((await fx.publicRead('conditions', 'bruxism', '&locale=es')).name).toBe(bruxism.name)

    const { status } = await fx.patch(
      fx.reviewer,
      'conditions',
      bruxism.id,
      { _status: 'published' },
      '?locale=es',
    )
    expect(status).toBe(200)
    const spanish = await fx.publicRead('conditions', 'bruxism', '&locale=es')
    expect(spanish).toMatchObject({
      name: 'Bruxismo',
      summary: 'Rechinar los dientes, sobre todo de noche.',
      // Not translated yet: still English.
      symptoms: bruxism.symptoms,
    })
    const english = await fx.publicRead('conditions', 'bruxism')
    expect(english).toMatchObject({ name: bruxism.name, summary: bruxism.summary })
  })

  test('should say which values came from English', async () => {
    const spanish = await fx.publicRead('conditions', 'bruxism', '&locale=es')
    expect(spanish.untranslatedFields).toContain('symptoms')
    expect(spanish.untranslatedFields).not.toContain('name')
    expect(spanish.untranslatedFields).not.toContain('summary')
    expect((await fx.publicRead('conditions', 'bruxism')).untranslatedFields).toEqual([])
    const { body } = await graphql(
      fx.server.baseUrl,
      '{ Conditions(where: { slug: { equals: "bruxism" } }, locale: es) { docs { untranslatedFields } } }',
    )
    expect(body.data.Conditions.docs[0].untranslatedFields).toEqual(spanish.untranslatedFields)
  })

  test('should keep structured facts shared between languages', async () => {
    const [english, spanish] = await Promise.all([
      fx.publicRead('conditions', 'bruxism'),
      fx.publicRead('conditions', 'bruxism', '&locale=es'),
    ])
    expect(spanish.expectedRelief).toEqual(english.expectedRelief)
    expect(spanish.indication.status).toBe(english.indication.status)
    expect(spanish.slug).toBe('bruxism')
  })

  test('should show every language side by side with locale=all', async () => {
    const all = await fx.publicRead('conditions', 'bruxism', '&locale=all')
    expect(all.name).toEqual({ en: bruxism.name, es: 'Bruxismo' })
    expect(all.symptoms.en).toEqual(bruxism.symptoms)
  })
})

describe('GraphQL and REST', () => {
  test.each(['en', 'es'])('should agree on the %s content', async (locale) => {
    const rest = await fx.publicRead('conditions', 'bruxism', `&locale=${locale}`)
    const { status, body } = await graphql(fx.server.baseUrl, conditionQuery(locale))
    expect(status).toBe(200)
    const [doc] = body.data.Conditions.docs
    expect(doc).toEqual({
      id: rest.id,
      name: rest.name,
      summary: rest.summary,
      symptoms: rest.symptoms,
      expectedRelief: { max: rest.expectedRelief.max, unit: rest.expectedRelief.unit },
      // GraphQL spells enum values with underscores (off_label for off-label).
      indication: { status: rest.indication.status.replace('-', '_') },
      slug: rest.slug,
    })
  })

  test('should agree on a single document fetched by ID', async () => {
    const rest = await fx.publicRead('conditions', 'bruxism')
    const { body } = await graphql(
      fx.server.baseUrl,
      `{ Condition(id: ${idLiteral(rest.id)}) { name reviewStatus nextReviewDue lastReviewed } }`,
    )
    expect(body.data.Condition).toEqual({
      name: rest.name,
      reviewStatus: rest.reviewStatus,
      nextReviewDue: rest.nextReviewDue,
      lastReviewed: rest.lastReviewed,
    })
  })
})
