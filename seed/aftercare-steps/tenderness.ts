import type { SeedDocument } from '../../src/seed/types'

export const tenderness: SeedDocument = {
  collection: 'aftercare-steps',
  slug: 'tenderness',
  sourceSection:
    'What to Expect After Therapeutic BOTOX® Injections; FAQ "Is there any downtime needed after BOTOX injections?"',
  data: {
    title: 'Tenderness at the injection sites',
    order: 2,
    description: 'The injection sites may feel tender for 1-2 hours.',
    timeframe: { min: 1, max: 2, unit: 'hours', wording: 'for 1-2 hours' },
    whatToDo:
      'If you experience discomfort, an ice pack or over-the-counter pain medication will help.',
  },
  references: { procedure: { collection: 'procedures', slug: 'therapeutic-botox-injection' } },
}
