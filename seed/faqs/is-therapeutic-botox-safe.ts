import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'

export const isTherapeuticBotoxSafe: SeedDocument = {
  collection: 'faqs',
  slug: 'is-therapeutic-botox-safe',
  sourceSection: 'Therapeutic BOTOX® Frequently Asked Questions',
  data: {
    question: 'Is Therapeutic BOTOX safe?',
    order: 2,
    answer: richText(
      'Yes. It is FDA-approved and safe when administered by a licensed professional. We are trained and experienced in the appropriate use of Botox to treat conditions of the face, head, and neck.',
    ),
  },
  references: {
    relatedProcedures: [{ collection: 'procedures', slug: 'therapeutic-botox-injection' }],
  },
}
