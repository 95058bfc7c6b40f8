import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { computedFrom } from './computedFrom'
import {
  declaredDependencies,
  uploadDependencies,
  withComputedSources as withSources,
  type Select,
} from './selectComputedSources'

const fields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Content',
        fields: [
          { name: 'question', type: 'text' },
          { name: 'answer', type: 'textarea' },
          {
            name: 'notice',
            type: 'text',
            virtual: true,
            custom: computedFrom('answer', 'procedures'),
          },
        ],
      },
      {
        name: 'review',
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'due', type: 'date' },
              { name: 'status', type: 'text', virtual: true, custom: computedFrom('due') },
            ],
          },
          { name: 'note', type: 'text' },
        ],
      },
    ],
  },
  { name: 'procedures', type: 'relationship', relationTo: 'procedures', hasMany: true },
  {
    name: 'steps',
    type: 'blocks',
    blocks: [
      {
        slug: 'span',
        fields: [
          { name: 'min', type: 'number' },
          { name: 'iso', type: 'text', virtual: true, custom: computedFrom('min') },
        ],
      },
    ],
  },
]

const withComputedSources = (given: Field[], select: Select) =>
  withSources(declaredDependencies(given), select)

describe('withComputedSources', () => {
  it('should read the siblings a chosen computed field is computed from', () => {
    expect(withComputedSources(fields, { notice: true })).toEqual({
      notice: true,
      answer: true,
      procedures: true,
    })
  })

  it('should read a source whole when only part of it was chosen', () => {
    expect(withComputedSources(fields, { notice: true, procedures: { name: true } })).toEqual({
      notice: true,
      answer: true,
      procedures: true,
    })
  })

  it('should look into named tabs, rows and blocks', () => {
    expect(withComputedSources(fields, { review: { status: true } })).toEqual({
      review: { status: true, due: true },
    })
    expect(withComputedSources(fields, { steps: { span: { iso: true } } })).toEqual({
      steps: { span: { iso: true, min: true } },
    })
  })

  it('should leave a select alone when no computed field is chosen, or when a whole group is', () => {
    expect(withComputedSources(fields, { question: true })).toEqual({ question: true })
    expect(withComputedSources(fields, { review: true })).toEqual({ review: true })
  })

  it('should keep the sources of a computed field that an "all but these" select keeps', () => {
    expect(withComputedSources(fields, { answer: false, question: false })).toEqual({
      question: false,
    })
    expect(withComputedSources(fields, { review: { due: false, note: false } })).toEqual({
      review: { note: false },
    })
  })

  it('should read everything when keeping the sources leaves nothing out', () => {
    expect(withComputedSources(fields, { review: { due: false } })).toBeUndefined()
    expect(withComputedSources(fields, { answer: false, review: { due: false } })).toBeUndefined()
  })

  it('should read everything rather than let a select mixing true and false turn to "only these"', () => {
    expect(withComputedSources(fields, { answer: false, review: { status: true } })).toBeUndefined()
  })

  it('should let sources go when the computed field goes too', () => {
    expect(withComputedSources(fields, { answer: false, notice: false })).toEqual({
      answer: false,
      notice: false,
    })
  })

  it('should not change the select it was given', () => {
    const select = { review: { status: true } }
    withComputedSources(fields, select)
    expect(select).toEqual({ review: { status: true } })
  })

  it("should read the file names an upload collection's URLs are made from", () => {
    const media = {
      upload: { imageSizes: [{ name: 'card' }], adminThumbnail: 'card' },
      fields: [
        { name: 'filename', type: 'text' } as Field,
        { name: 'prefix', type: 'text' } as Field,
      ],
    }
    const dependencies = uploadDependencies(media)
    expect(withSources(dependencies, { url: true })).toEqual({
      url: true,
      filename: true,
      prefix: true,
    })
    expect(withSources(dependencies, { sizes: { card: { url: true } } })).toEqual({
      sizes: { card: { url: true, filename: true } },
      prefix: true,
    })
    expect(withSources(dependencies, { thumbnailURL: true })).toEqual({
      thumbnailURL: true,
      sizes: { card: { filename: true, url: true } },
      prefix: true,
    })
    expect(withSources(dependencies, { sizes: { card: { filename: false } } })).toBeUndefined()
    expect(
      withSources(uploadDependencies({ upload: true, fields: media.fields }), { url: true }),
    ).toEqual({
      url: true,
      filename: true,
      prefix: true,
    })
    expect(uploadDependencies({ fields: media.fields })).toEqual([])
  })
})
