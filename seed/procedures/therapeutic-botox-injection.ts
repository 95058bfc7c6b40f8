import { heading, richText } from '../../src/seed/lexical'
import type { SeedDocument } from '../../src/seed/types'
import {
  approvedIndications,
  boxedWarning,
  citedAddition,
  contraindications,
  drugLabel,
  offLabelNotice,
} from '../source'

export const therapeuticBotoxInjection: SeedDocument = {
  collection: 'procedures',
  slug: 'therapeutic-botox-injection',
  sourceSection: 'Introduction; How Does Therapeutic BOTOX® Work?; FAQs; closing paragraph',
  data: {
    name: 'Therapeutic Botox Injection',
    summary:
      'Therapeutic BOTOX is an innovative medical treatment using neurotoxins to treat painful medical conditions. Injecting therapeutic Botox into targeted areas temporarily paralyzes or relaxes specific muscles or nerves.',
    // The summary's two sentences open the page already; the body goes on from the third.
    body: richText(
      'Botox® is a safe and effective treatment that has brought relief to millions of patients.',
      heading('How Does Therapeutic BOTOX® Work?'),
      'Botox is a safe neurotoxin that blocks the release of a neurotransmitter that signals muscle contractions. When we inject Botox into targeted muscles or nerves, they are paralyzed or relaxed for up to four months. This reduces muscle spasms, pain, and tension.',
      'Botox is injected just under the skin using very fine needles. Most individuals feel a slight pinch similar to a bee sting but not painful. Therapeutic benefits are not immediate but will occur within one to three days. The full effect of therapeutic Botox injections may take up to two weeks.',
      'If you suffer from chronic pain due to TMJ, tension headaches, muscle spasms, or teeth grinding, Therapeutic BOTOX can bring you substantial or total pain relief.',
    ),
    drug: 'Botox (onabotulinumtoxinA)',
    regulatory: {
      label: drugLabel,
      approvedIndications: approvedIndications.map((indication) => ({ indication })),
      offLabelNotice,
      ...citedAddition,
    },
    safetyInformation: {
      boxedWarning,
      contraindications: contraindications.map((contraindication) => ({ contraindication })),
      ...citedAddition,
    },
    mechanism:
      'Botox is a safe neurotoxin that blocks the release of a neurotransmitter that signals muscle contractions. Injected into targeted muscles or nerves, it paralyzes or relaxes them for up to four months, which reduces muscle spasms, pain, and tension.',
    technique: 'Botox is injected just under the skin using very fine needles.',
    sensation: 'Most individuals feel a slight pinch similar to a bee sting but not painful.',
    onset: { min: 1, max: 3, unit: 'days', wording: 'within one to three days' },
    fullEffect: { max: 2, unit: 'weeks', wording: 'up to two weeks' },
    reliefDurations: [
      {
        duration: { min: 3, max: 6, unit: 'months', wording: 'anywhere from 3-6 months' },
        attribution: 'FAQ "How long do Therapeutic Botox injections last?"',
      },
      {
        duration: { max: 4, unit: 'months', wording: 'up to four months' },
        attribution: 'How Does Therapeutic BOTOX® Work? (also stated under Tension Headaches)',
      },
    ],
    retreatmentInterval: {
      min: 3,
      max: 4,
      unit: 'months',
      wording: 'every three to four months at first',
    },
    retreatmentNote:
      'Most patients get repeated treatments every three to four months at first. However, with repeated treatment, the effects tend to last longer.',
    downtime: {
      required: false,
      note: 'Aside from some tenderness at the injection site, you will not have any lingering side effects. You can return to your normal activities immediately after the procedure. Some patients get their Botox injections on their lunch hour and return to work with no problem.',
    },
    administeredBy: 'a licensed professional',
    safetyNote:
      'It is FDA-approved and safe when administered by a licensed professional. We are trained and experienced in the appropriate use of Botox to treat conditions of the face, head, and neck.',
    insuranceNote:
      'It depends on your coverage allowances and the medical condition being treated. We encourage you to talk to your insurance provider to determine whether Botox treatments are covered in part or whole.',
  },
  references: {
    conditionsTreated: [
      { collection: 'conditions', slug: 'tmj-disorder' },
      { collection: 'conditions', slug: 'tension-headaches' },
      { collection: 'conditions', slug: 'bruxism' },
    ],
  },
}
