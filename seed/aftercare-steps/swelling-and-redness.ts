import type { SeedDocument } from '../../src/seed/types'

export const swellingAndRedness: SeedDocument = {
  collection: 'aftercare-steps',
  slug: 'swelling-and-redness',
  sourceSection: 'What to Expect After Therapeutic BOTOX® Injections',
  data: {
    title: 'Minor swelling and redness',
    order: 1,
    description:
      'After receiving Botox injections, you may experience minor swelling and redness at the injection sites that fade within a few hours.',
    timeframe: { unit: 'hours', wording: 'fade within a few hours' },
  },
  references: { procedure: { collection: 'procedures', slug: 'therapeutic-botox-injection' } },
}
