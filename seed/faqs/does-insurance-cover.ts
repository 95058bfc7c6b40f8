import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'

export const doesInsuranceCover: SeedDocument = {
  collection: 'faqs',
  slug: 'does-insurance-cover',
  sourceSection: 'Therapeutic BOTOX® Frequently Asked Questions',
  data: {
    question: 'Does insurance cover Therapeutic BOTOX®?',
    order: 4,
    answer: richText(
      'It depends on your coverage allowances and the medical condition being treated. We encourage you to talk to your insurance provider to determine whether Botox treatments are covered in part or whole.',
    ),
  },
  references: {
    relatedProcedures: [{ collection: 'procedures', slug: 'therapeutic-botox-injection' }],
  },
}
