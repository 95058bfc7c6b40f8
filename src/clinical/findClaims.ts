import { claimRules, hedgePattern, type ClaimKind } from './claimRules'
import { statedDurations } from './textDurations'

/** One text of a document in one locale, e.g. { field: 'body', locale: 'en', text: '…' }. */
export type TextEntry = {
  field: string
  locale: string
  text: string
  /** The wording of a structured duration itself: it states its own figure, not a rival one. */
  structured?: boolean
}

/** A duration the document states as structured numbers, e.g. its onset or a relief figure. */
export type StructuredDuration = {
  /** The field it lives in, e.g. 'onset' or 'reliefDurations.1.duration'. */
  field: string
  /** Figures of the same span share a group, e.g. every row of 'reliefDurations'. */
  group: string
  min: number | null
  max: number | null
  unit: string | null
  wording?: string | null
}

export type ClaimFinding = {
  field: string
  locale: string
  kind: ClaimKind
  /** The words that triggered the flag, e.g. "FDA-approved". */
  match: string
  /** The sentence they stand in, so a changed sentence opens a new flag. */
  phrase: string
  reason: string
}

/** Fields whose items state causes; the check compares them with how the prose states them. */
const causeField = /^causes(?:\.|$)/

function sentenceAround(text: string, index: number): string {
  const before = text.slice(0, index)
  const start = Math.max(before.search(/[^.!?\n]*$/), 0)
  const rest = text.slice(index)
  const endMatch = rest.search(/[.!?](?:\s|$)|\n/)
  const end = endMatch === -1 ? text.length : index + endMatch + 1
  return text.slice(start, end).trim()
}

const sentencesOf = (text: string) =>
  text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean)

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

const describe = (span: { min: number | null; max: number | null; unit: string | null }) =>
  span.min === null
    ? `up to ${span.max} ${span.unit}`
    : span.max === null || span.max === span.min
      ? `${span.min} ${span.unit}`
      : `${span.min}-${span.max} ${span.unit}`

function phraseFindings(entry: TextEntry): ClaimFinding[] {
  const found: ClaimFinding[] = []
  for (const rule of claimRules) {
    for (const match of entry.text.matchAll(rule.pattern)) {
      if (rule.ignore?.test(match[0])) continue
      found.push({
        field: entry.field,
        locale: entry.locale,
        kind: rule.kind,
        match: match[0],
        phrase: sentenceAround(entry.text, match.index ?? 0),
        reason: rule.reason,
      })
    }
  }
  return found
}

/**
 * A cause item stated as certain although the document's own prose hedges it ("may be the result
 * of …"): the list drops the "may" the source had.
 */
function unhedgedCauses(entries: TextEntry[]): ClaimFinding[] {
  const found: ClaimFinding[] = []
  for (const cause of entries.filter((entry) => causeField.test(entry.field))) {
    if (hedgePattern.test(cause.text)) continue
    const needle = normalise(cause.text)
    const hedged = entries
      .filter((entry) => entry.locale === cause.locale && !causeField.test(entry.field))
      .flatMap((entry) => sentencesOf(entry.text))
      .find((sentence) => normalise(sentence).includes(needle) && hedgePattern.test(sentence))
    if (!hedged) continue
    found.push({
      field: cause.field,
      locale: cause.locale,
      kind: 'unhedged-cause',
      match: cause.text,
      phrase: cause.text,
      reason: `Stated as a certain cause, but the text hedges it: "${hedged}"`,
    })
  }
  return found
}

/**
 * A span of time in the text that the document's structured durations do not back: no
 * structured figure in the same unit equals it, or it equals one figure of a span whose other
 * figures differ (the source's "up to four months" next to its "3-6 months").
 */
function durationFindings(entry: TextEntry, durations: StructuredDuration[]): ClaimFinding[] {
  const found: ClaimFinding[] = []
  if (entry.structured) return []
  for (const stated of statedDurations(entry.text)) {
    const sameUnit = durations.filter((span) => span.unit === stated.unit)
    if (sameUnit.length === 0) continue
    const equal = sameUnit.filter((span) => span.min === stated.min && span.max === stated.max)
    let reason: string | null = null
    if (equal.length === 0) {
      reason = `"${stated.phrase}" matches none of the document's structured durations (${sameUnit
        .map((span) => `${span.field}: ${describe(span)}`)
        .join('; ')}).`
    } else {
      const rivals = durations.filter(
        (span) =>
          equal.some((same) => same.group === span.group) &&
          !equal.includes(span) &&
          (span.min !== stated.min || span.max !== stated.max || span.unit !== stated.unit),
      )
      if (rivals.length > 0) {
        reason = `"${stated.phrase}" is one of several figures the document gives for the same span; it also states ${rivals
          .map((span) => `${describe(span)} (${span.field})`)
          .join('; ')}.`
      }
    }
    if (!reason) continue
    found.push({
      field: entry.field,
      locale: entry.locale,
      kind: 'duration',
      match: stated.phrase,
      phrase: sentenceAround(entry.text, entry.text.indexOf(stated.phrase)),
      reason,
    })
  }
  return found
}

export const findingKey = (
  finding: Pick<ClaimFinding, 'field' | 'locale' | 'kind' | 'match' | 'phrase'>,
) =>
  [finding.field, finding.locale, finding.kind, finding.match.toLowerCase(), finding.phrase].join(
    '\u0000',
  )

/**
 * Every phrase in a document's texts (all locales) that a clinician must approve before it goes
 * live. Pure: the texts and structured durations are read from the document by the caller.
 */
export function findClaims(
  entries: TextEntry[],
  durations: StructuredDuration[] = [],
): ClaimFinding[] {
  const all = [
    ...entries.flatMap(phraseFindings),
    ...unhedgedCauses(entries),
    ...entries.flatMap((entry) => durationFindings(entry, durations)),
  ]
  const seen = new Set<string>()
  return all.filter((finding) => {
    const key = findingKey(finding)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
