import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'
import { offLabelIndication, proposedIcd10cm } from '../source'

export const tensionHeadaches: SeedDocument = {
  collection: 'conditions',
  slug: 'tension-headaches',
  sourceSection: 'What Can Therapeutic BOTOX® Treat? › Tension Headaches',
  data: {
    name: 'Tension Headaches',
    alternateNames: ['tension-type headache'],
    summary:
      'Daily tension headaches not associated with TMJ Disorder may be the result of the clenching of muscle clusters that eventually become chronically inflamed and contracted.',
    body: richText(
      'Injecting Botox into targeted muscles in the base of the skull, temples, and forehead can relax the muscles for up to four months.',
    ),
    symptoms: ['daily tension headaches'],
    causes: [
      'clenching of muscle clusters that eventually become chronically inflamed and contracted',
    ],
    howTreatmentHelps:
      'Injecting Botox into targeted muscles in the base of the skull, temples, and forehead can relax the muscles for up to four months.',
    targetAreas: ['base of the skull', 'temples', 'forehead'],
    expectedRelief: { max: 4, unit: 'months', wording: 'up to four months' },
    indication: offLabelIndication,
    codes: ['G44.209', 'G44.229'].map(proposedIcd10cm),
  },
}
