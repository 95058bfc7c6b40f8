import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'

export const howLongDoInjectionsLast: SeedDocument = {
  collection: 'faqs',
  slug: 'how-long-do-injections-last',
  sourceSection: 'Therapeutic BOTOX® Frequently Asked Questions',
  data: {
    question: 'How long do Therapeutic Botox injections last?',
    order: 1,
    answer: richText(
      'Relief from the injections can last anywhere from 3-6 months. Most patients get repeated treatments every three to four months at first. However, with repeated treatment, the effects tend to last longer.',
    ),
  },
  references: {
    relatedProcedures: [{ collection: 'procedures', slug: 'therapeutic-botox-injection' }],
  },
}
