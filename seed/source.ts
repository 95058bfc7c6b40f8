/** The source every seeded fact is taken from, and the outside fact issue #2 handed us. */
/** A copy of shared/source/therapeutic-botox.txt is kept beside the seed so the repository stands alone. */
export const sourceDocument = 'seed/source/therapeutic-botox.txt'

export const offLabelReference =
  'Public fact given in issue #2: onabotulinumtoxinA (BOTOX) has FDA-approved indications that include prevention of chronic migraine, but not TMJ disorder, bruxism or tension-type headache. A reviewer should confirm it against the current FDA prescribing information for BOTOX.'

export const offLabelNote =
  "This is an off-label use: BOTOX's FDA approval does not include this condition."
