import { describe, expect, test } from 'vitest'

import { richText } from '../../seed/lexical'
import {
  aftercareStepContentSchema,
  conditionContentSchema,
  faqContentSchema,
  procedureContentSchema,
} from './contentSchema'
import { duration, shapeContent } from './shape'
import type { SyndicatedCollection } from './syndicatedCollections'

const contentSchemas = {
  conditions: conditionContentSchema,
  procedures: procedureContentSchema,
  'aftercare-steps': aftercareStepContentSchema,
  faqs: faqContentSchema,
}

const documentedFields = (collection: SyndicatedCollection) =>
  Object.keys(contentSchemas[collection].shape).sort()

/** What Payload keeps beside the content: none of it is for partners. */
const internals = {
  id: 42,
  slug: 'tmj-disorder',
  _status: 'published',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
  reviewedBy: { id: 7, email: 'reviewer@clinic.test' },
  provenance: { section: 'Jaw' },
  internalNote: 'not for partners',
}

const published = (id: number, slug: string, title: Record<string, string>) => ({
  id,
  slug,
  _status: 'published',
  ...title,
})
const draft = (id: number, slug: string, title: Record<string, string>) => ({
  ...published(id, slug, title),
  _status: 'draft',
})

describe('shapeContent', () => {
  test.each(Object.keys(contentSchemas) as SyndicatedCollection[])(
    'should give %s exactly the documented fields, whatever else the document holds',
    (collection) => {
      const shaped = shapeContent(collection, { ...internals, name: 'x', title: 'x' }, 'en')
      expect(Object.keys(shaped.content).sort()).toEqual(documentedFields(collection))
      expect(contentSchemas[collection].safeParse(shaped.content).error?.issues ?? []).toEqual([])
      expect(JSON.stringify(shaped)).not.toContain('not for partners')
      expect(JSON.stringify(shaped)).not.toContain('reviewer@clinic.test')
    },
  )

  // Each row: a field as the admin names it, and where partners read it. A renamed admin field
  // leaves the partner's value empty and fails here.
  test.each([
    ['conditions', { name: 'TMJ disorder' }, 'name', 'TMJ disorder'],
    ['conditions', { alternateNames: ['Jaw clenching'] }, 'alternateNames', ['Jaw clenching']],
    ['conditions', { summary: 'Jaw pain.' }, 'summary', 'Jaw pain.'],
    ['conditions', { symptoms: ['Headache'] }, 'symptoms', ['Headache']],
    ['conditions', { targetAreas: ['Masseter'] }, 'targetAreas', ['Masseter']],
    ['procedures', { drug: 'onabotulinumtoxinA' }, 'drug', 'onabotulinumtoxinA'],
    ['procedures', { technique: 'Injections.' }, 'technique', 'Injections.'],
    ['procedures', { downtime: { required: true } }, 'downtime', { required: true, note: null }],
    ['aftercare-steps', { order: 2 }, 'order', 2],
    ['aftercare-steps', { likelihood: 'rare' }, 'likelihood', 'rare'],
    ['aftercare-steps', { whatToDo: 'Rest.' }, 'whatToDo', 'Rest.'],
    ['faqs', { question: 'Does it hurt?' }, 'question', 'Does it hurt?'],
  ] as const)('should carry %s %o to content.%s', (collection, field, path, expected) => {
    const shaped = shapeContent(collection, { ...internals, ...field }, 'en')
    expect(shaped.content[path]).toEqual(expected)
  })

  test('should title a document by its title field, else its slug', () => {
    expect(shapeContent('faqs', { ...internals, question: 'Why?' }, 'es')).toMatchObject({
      id: '42',
      type: 'faq',
      slug: 'tmj-disorder',
      locale: 'es',
      title: 'Why?',
    })
    expect(shapeContent('faqs', internals, 'en').title).toBe('tmj-disorder')
  })

  test('should give rich text as sanitised HTML and plain text', () => {
    const shaped = shapeContent('faqs', { ...internals, answer: richText('A short sting.') }, 'en')
    expect(shaped.content.answer).toEqual({ html: '<p>A short sting.</p>', text: 'A short sting.' })
  })

  test('should refer only to published related documents, never to a draft', () => {
    const shaped = shapeContent(
      'faqs',
      {
        ...internals,
        relatedConditions: [
          published(1, 'bruxism', { name: 'Bruxism' }),
          draft(2, 'secret-condition', { name: 'Not yet announced' }),
          '3',
        ],
      },
      'en',
    )
    expect(shaped.content.relatedConditions).toEqual([
      { id: '1', slug: 'bruxism', title: 'Bruxism' },
    ])
    expect(JSON.stringify(shaped)).not.toContain('Not yet announced')
  })

  test('should leave out a related procedure that is a draft', () => {
    const step = shapeContent(
      'aftercare-steps',
      { ...internals, procedure: draft(5, 'new-procedure', { name: 'New' }) },
      'en',
    )
    expect(step.content.procedure).toBeNull()
  })
})

describe('duration', () => {
  test.each([
    [undefined, null],
    [{}, null],
    [
      { min: 1, max: 3, unit: 'days', isoMin: 'P1D', isoMax: 'P3D' },
      { min: 1, max: 3, unit: 'days', wording: null, isoMin: 'P1D', isoMax: 'P3D' },
    ],
    [
      { min: 'one', wording: '  ', unit: 'weeks' },
      { min: null, max: null, unit: 'weeks', wording: null, isoMin: null, isoMax: null },
    ],
  ])('should read %o as %o', (value, expected) => {
    expect(duration(value)).toEqual(expected)
  })
})
