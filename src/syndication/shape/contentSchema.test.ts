import { describe, expect, test } from 'vitest'

import { syndicationJsonSchemas } from '../openapi/schemas'
import { durationSchema, envelopeSchema } from './contentSchema'

describe('syndicationJsonSchemas', () => {
  const schemas = syndicationJsonSchemas()

  test('should give every component OpenAPI serves, from one definition each', () => {
    expect(Object.keys(schemas).sort()).toEqual(
      [
        'AftercareStep',
        'AftercareStepContent',
        'AftercareStepList',
        'ChangeEvent',
        'ChangesPage',
        'Condition',
        'ConditionContent',
        'ConditionList',
        'Duration',
        'Envelope',
        'Faq',
        'FaqContent',
        'FaqList',
        'JsonFeed',
        'JsonLdGraph',
        'JsonLdPage',
        'Licence',
        'Problem',
        'Procedure',
        'ProcedureContent',
        'ProcedureList',
        'Reference',
        'RichText',
        'WebhookBody',
      ].sort(),
    )
  })

  test('should refer to shared parts by component, not copy them', () => {
    const json = JSON.stringify(schemas)
    const refs = [...json.matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1])
    expect(new Set(refs)).toEqual(
      new Set(
        ['Condition', 'ConditionContent', 'Duration', 'Envelope', 'Faq', 'FaqContent'].concat(
          ['Licence', 'Procedure', 'ProcedureContent', 'Reference', 'RichText'],
          ['AftercareStep', 'AftercareStepContent', 'ChangeEvent'],
        ),
      ),
    )
    for (const ref of refs) expect(schemas).toHaveProperty(ref!)
  })

  test('should leave no dialect or id inside a component (OpenAPI gives those)', () => {
    for (const component of Object.values(schemas)) {
      expect(component).not.toHaveProperty('$schema')
      expect(component).not.toHaveProperty('$id')
    }
  })
})

describe('the definition', () => {
  test.each([
    [
      'a duration',
      durationSchema,
      { min: 3, max: 6, unit: 'month', wording: null, isoMin: 'P3M', isoMax: 'P6M' },
      true,
    ],
    ['no duration', durationSchema, null, true],
    [
      'a duration with an extra field',
      durationSchema,
      { min: 3, max: 6, unit: null, wording: null, isoMin: null, isoMax: null, days: 1 },
      false,
    ],
    ['a duration missing a field', durationSchema, { min: 3 }, false],
  ])('should judge %s', (_name, schema, value, valid) => {
    expect(schema.safeParse(value).success).toBe(valid)
  })

  test('should refuse an envelope whose hash or review status is not documented', () => {
    const envelope = {
      canonicalUrl: 'https://clinic.example/conditions/tmj',
      apiUrl: 'https://cms.example/syndication/v1/conditions/tmj',
      publisher: { name: 'Clinic', url: 'https://clinic.example' },
      attribution: { text: 'From Clinic.', html: '<p>From Clinic.</p>' },
      disclaimer: null,
      licence: { name: 'Licence', url: null, terms: 'Terms.' },
      lastReviewed: '2026-03-10T09:30:00.000Z',
      nextReviewDue: null,
      reviewedBy: { name: 'Dr. Ruiz' },
      reviewStatus: 'current',
      version: 1,
      contentHash: `sha256-${'A'.repeat(43)}`,
      updatedAt: null,
    }
    expect(envelopeSchema.safeParse(envelope).success).toBe(true)
    expect(envelopeSchema.safeParse({ ...envelope, contentHash: 'md5-x' }).success).toBe(false)
    expect(envelopeSchema.safeParse({ ...envelope, reviewStatus: 'fine' }).success).toBe(false)
    expect(envelopeSchema.safeParse({ ...envelope, lastReviewed: '10 March' }).success).toBe(false)
  })
})
