import type { SeedDocument } from '../src/seed/types'
import { mildBruising } from './aftercare-steps/mild-bruising'
import { returnToNormalActivities } from './aftercare-steps/return-to-normal-activities'
import { swellingAndRedness } from './aftercare-steps/swelling-and-redness'
import { tenderness } from './aftercare-steps/tenderness'
import { bruxism } from './conditions/bruxism'
import { tensionHeadaches } from './conditions/tension-headaches'
import { tmjDisorder } from './conditions/tmj-disorder'
import { doesInsuranceCover } from './faqs/does-insurance-cover'
import { howLongDoInjectionsLast } from './faqs/how-long-do-injections-last'
import { isTherapeuticBotoxSafe } from './faqs/is-therapeutic-botox-safe'
import { isThereDowntime } from './faqs/is-there-downtime'
import { therapeuticBotoxInjection } from './procedures/therapeutic-botox-injection'

export { clinicSettings } from './clinic-settings'

/** Every seeded document, in an order where each one's references are seeded before it. */
export const seedDocuments: SeedDocument[] = [
  tmjDisorder,
  tensionHeadaches,
  bruxism,
  therapeuticBotoxInjection,
  swellingAndRedness,
  tenderness,
  mildBruising,
  returnToNormalActivities,
  howLongDoInjectionsLast,
  isTherapeuticBotoxSafe,
  isThereDowntime,
  doesInsuranceCover,
]
