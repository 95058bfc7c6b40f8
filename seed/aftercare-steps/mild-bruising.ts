import type { SeedDocument } from '../../src/seed/types'

export const mildBruising: SeedDocument = {
  collection: 'aftercare-steps',
  slug: 'mild-bruising',
  sourceSection: 'What to Expect After Therapeutic BOTOX® Injections',
  data: {
    title: 'Mild bruising',
    order: 3,
    description: 'Mild bruising may last for up to two days but is rare.',
    timeframe: { max: 2, unit: 'days', wording: 'up to two days' },
    likelihood: 'rare',
  },
  references: { procedure: { collection: 'procedures', slug: 'therapeutic-botox-injection' } },
}
