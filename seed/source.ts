import { icd10cmTable } from '../src/clinical/icd10cm'

/** The source every seeded fact is taken from, and the outside facts issues #2 and #10 handed us. */
/** A copy of shared/source/therapeutic-botox.txt is kept beside the seed so the repository stands alone. */
export const sourceDocument = 'seed/source/therapeutic-botox.txt'

export const offLabelNote =
  "This is an off-label use: BOTOX's FDA approval does not include this condition."

/**
 * The label the outside facts summarise. Issue #10 names the label only as BOTOX's prescribing
 * information and gives no title, publisher, URL or revision date, so none is invented here:
 * the citation says so and a reviewer fills them in when confirming the current revision.
 */
export const drugLabel = {
  title:
    'BOTOX (onabotulinumtoxinA) US prescribing information (exact title to be confirmed by a reviewer)',
  publisher: null,
  url: null,
  revisionDate: null,
}

export const labelCitation =
  'Given in issue #10 ("Clinically safe content, coded conditions, and a knowledge endpoint that EHRs can call") as a summary of the US prescribing information for BOTOX (onabotulinumtoxinA); the off-label status of TMJ disorder, bruxism and tension-type headache was first given in issue #2. The issue names no label title, publisher, URL or revision date: to be confirmed by a reviewer against the current label revision, who then unticks "needs reviewer confirmation".'

export const offLabelReference =
  'BOTOX (onabotulinumtoxinA) US prescribing information, as summarised in issues #2 and #10: its approved indications include prevention of chronic migraine, but not TMJ disorder, bruxism or tension-type headache. Cited under Regulatory status on the procedure "Therapeutic Botox Injection"; label revision to be confirmed by a reviewer.'

/** Issue #10: approved in the US "for, among others" these; the list is not the full label. */
export const approvedIndications = [
  'chronic migraine prevention in adults',
  'cervical dystonia',
  'upper and lower limb spasticity',
  'blepharospasm',
  'strabismus',
  'severe underarm sweating',
  'overactive bladder',
  'urinary incontinence from a neurologic condition',
]

export const offLabelNotice =
  'BOTOX is approved in the US for other conditions (among them chronic migraine prevention in adults, cervical dystonia and limb spasticity), not for TMJ disorder, teeth grinding (bruxism) or tension headaches: using it for these is legal but off-label. Ask your clinician about the evidence, risks and alternatives.'

/** Issue #10's plain-words boxed warning and contraindications. */
export const boxedWarning =
  'The effect of the toxin may spread from the injection area to other parts of the body, hours to weeks after the injection, and cause swallowing, speaking or breathing problems, muscle weakness, double or blurred vision, and drooping eyelids. Swallowing and breathing problems can be life-threatening: get medical help at once if they happen.'

export const contraindications = [
  'An allergy to any botulinum toxin product or to any of the ingredients',
  'An infection where the injection would go',
]

/** The fields every cited addition carries (src/fields/regulatory.ts). */
export const citedAddition = {
  provenance: 'added from the prescribing information',
  citation: labelCitation,
  needsReviewerConfirmation: true,
}

export const offLabelIndication = {
  status: 'off-label',
  note: offLabelNote,
  reference: offLabelReference,
  provenance: 'added from the prescribing information',
  needsReviewerConfirmation: true,
}

/** A code as seeded: proposed, for a reviewer to confirm, titled from the ICD-10-CM table. */
export const proposedIcd10cm = (code: string) => ({
  system: 'icd10cm',
  code,
  display: icd10cmTable[code]!.title,
  status: 'proposed',
})
