import { richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'
import { offLabelIndication, proposedIcd10cm } from '../source'

export const tmjDisorder: SeedDocument = {
  collection: 'conditions',
  slug: 'tmj-disorder',
  sourceSection: 'What Can Therapeutic BOTOX® Treat? › TMJ Disorder',
  data: {
    name: 'TMJ Disorder',
    alternateNames: ['TMJ', 'temporomandibular joint disorder', 'temporomandibular disorder (TMD)'],
    summary:
      'Therapeutic Botox injections relax specific facial muscles around the temporomandibular joint, reducing spasms.',
    body: richText(
      'For patients experiencing chronic jaw pain, morning headaches, and jaw tension due to TMJ Disorder, Botox can bring significant relief. In severe cases, the injections can be combined with an oral appliance or physical therapy.',
    ),
    symptoms: ['chronic jaw pain', 'morning headaches', 'jaw tension'],
    howTreatmentHelps:
      'The injections relax specific facial muscles around the temporomandibular joint, reducing spasms, and can bring significant relief.',
    targetAreas: ['facial muscles around the temporomandibular joint'],
    complementaryTherapies: [
      { therapy: 'oral appliance', whenUsed: 'in severe cases' },
      { therapy: 'physical therapy', whenUsed: 'in severe cases' },
    ],
    indication: offLabelIndication,
    codes: ['M26.609', 'M26.629', 'M79.11'].map(proposedIcd10cm),
  },
}
