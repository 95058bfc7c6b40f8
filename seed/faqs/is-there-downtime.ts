import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'

export const isThereDowntime: SeedDocument = {
  collection: 'faqs',
  slug: 'is-there-downtime',
  sourceSection: 'Therapeutic BOTOX® Frequently Asked Questions',
  data: {
    question: 'Is there any downtime needed after BOTOX injections?',
    order: 3,
    answer: richText(
      'No. Aside from some tenderness at the injection site, you will not have any lingering side effects. You can return to your normal activities immediately after the procedure. If you experience discomfort, an ice pack or over-the-counter pain medication will help. Some patients get their Botox injections on their lunch hour and return to work with no problem.',
    ),
  },
  references: {
    relatedProcedures: [{ collection: 'procedures', slug: 'therapeutic-botox-injection' }],
  },
}
