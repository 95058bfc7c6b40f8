import type { SeedDocument } from '../../src/seed/types'

export const returnToNormalActivities: SeedDocument = {
  collection: 'aftercare-steps',
  slug: 'return-to-normal-activities',
  sourceSection: 'FAQ "Is there any downtime needed after BOTOX injections?"',
  data: {
    title: 'Return to normal activities',
    order: 4,
    description:
      'You can return to your normal activities immediately after the procedure. Some patients get their Botox injections on their lunch hour and return to work with no problem.',
    timeframe: { min: 0, max: 0, unit: 'hours', wording: 'immediately after the procedure' },
  },
  references: { procedure: { collection: 'procedures', slug: 'therapeutic-botox-injection' } },
}
