/**
 * The phrases a clinician must consciously approve before text goes live, by kind. Each pattern
 * is global and case-insensitive; English and the Spanish equivalents run on every locale, since
 * a translation can carry an untranslated claim. "seguro" is left out on purpose: in Spanish it
 * means both "safe" and "insurance", and the insurance answer would always trip it.
 */
export const claimKinds = [
  'absolute',
  'regulatory',
  'first-person',
  'unhedged-cause',
  'duration',
] as const
export type ClaimKind = (typeof claimKinds)[number]

export type ClaimRule = { kind: ClaimKind; pattern: RegExp; reason: string; ignore?: RegExp }

const absoluteReason =
  'Absolute safety or efficacy claim: every treatment has risks and not every patient responds.'

export const claimRules: ClaimRule[] = [
  { kind: 'absolute', pattern: /\bsafe\b/gi, reason: absoluteReason },
  {
    kind: 'absolute',
    pattern:
      /\b(?:no|not\s+(?:have\s+)?any|without(?:\s+any)?)\s+(?:lingering|side[- ]effects?)\b/gi,
    reason: absoluteReason,
  },
  { kind: 'absolute', pattern: /\btotal\s+(?:\w+\s+)?relief\b/gi, reason: absoluteReason },
  { kind: 'absolute', pattern: /\bguarantee(?:d|s)?\b/gi, reason: absoluteReason },
  { kind: 'absolute', pattern: /\brisk[- ]free\b/gi, reason: absoluteReason },
  { kind: 'absolute', pattern: /\bcure[sd]?\b/gi, reason: absoluteReason },
  { kind: 'absolute', pattern: /\bsin efectos secundarios\b/gi, reason: absoluteReason },
  { kind: 'absolute', pattern: /\bgarantizad[oa]s?\b/gi, reason: absoluteReason },
  { kind: 'absolute', pattern: /\balivio total\b/gi, reason: absoluteReason },
  {
    kind: 'regulatory',
    pattern: /\b(?:FDA[- ]?)?approved\b|\baprobad[oa]s?\b/gi,
    reason:
      'Regulatory claim: check it against the current label; an approval covers named indications only, and these uses may be off-label.',
  },
  {
    kind: 'first-person',
    pattern: /\b(?:we|our|ours|us|ourselves|nosotros|nosotras|nuestr[oa]s?)\b/gi,
    // "US" in capitals is the country ("approved in the US"), not the clinic speaking.
    ignore: /^US$/,
    reason:
      'First person: partners republish this text unaltered, so "we" would speak for the partner clinic.',
  },
]

/** Words that mark a statement as uncertain ("may be the result of"). */
export const hedgePattern = /\b(?:may|might|could|possibly|perhaps|can be|puede|pueden|podría)\b/i
