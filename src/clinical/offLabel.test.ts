import { describe, expect, test } from 'vitest'

import { offLabelNoticeOf } from './offLabel'

const paragraph = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})
const procedure = { regulatory: { offLabelNotice: 'Off-label for TMJ disorder.' } }

describe('offLabelNoticeOf', () => {
  test.each([
    [
      'conditions',
      { indication: { status: 'off-label', note: 'Off-label use.' } },
      'Off-label use.',
    ],
    [
      'conditions',
      { indication: { status: 'off-label' } },
      'Off-label use: the drug’s approval does not cover this condition.',
    ],
    ['conditions', { indication: { status: 'approved', note: 'Approved.' } }, null],
    ['procedures', procedure, 'Off-label for TMJ disorder.'],
    ['procedures', { regulatory: {} }, null],
    ['faqs', { offLabelNotice: 'Computed on read.' }, 'Computed on read.'],
    [
      'faqs',
      { answer: paragraph('It is FDA-approved.'), relatedProcedures: [procedure] },
      'Off-label for TMJ disorder.',
    ],
    ['faqs', { answer: paragraph('Ask your insurer.'), relatedProcedures: [procedure] }, null],
    ['aftercare-steps', { instructions: 'Rest.' }, null],
  ])('should give a %s document %j the notice %j', (collection, doc, expected) => {
    expect(offLabelNoticeOf(collection, doc)).toBe(expected)
  })
})
