import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'
import { offLabelIndication, proposedIcd10cm } from '../source'

export const bruxism: SeedDocument = {
  collection: 'conditions',
  slug: 'bruxism',
  sourceSection: 'What Can Therapeutic BOTOX® Treat? › Teeth Grinding (Bruxism)',
  data: {
    name: 'Teeth Grinding (Bruxism)',
    alternateNames: ['bruxism', 'teeth grinding', 'sleep bruxism'],
    summary:
      'Patients who grind their teeth at night may wake up with chronic morning headaches or a painful jaw.',
    body: richText(
      'Botox injections for bruxism relieve the pain and reduce inflammation while temporarily paralyzing the muscles to prevent teeth grinding.',
    ),
    symptoms: ['grinding teeth at night', 'chronic morning headaches', 'painful jaw'],
    howTreatmentHelps:
      'Botox injections for bruxism relieve the pain and reduce inflammation while temporarily paralyzing the muscles to prevent teeth grinding.',
    indication: offLabelIndication,
    codes: ['G47.63'].map(proposedIcd10cm),
  },
}
