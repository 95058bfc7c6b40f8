import { isDurationUnit, type DurationUnit } from '../lib/isoDuration'

/** A span of time as the text states it, e.g. "3-6 months" → { min: 3, max: 6, unit: 'months' }. */
export type StatedDuration = {
  min: number | null
  max: number | null
  unit: DurationUnit
  /** The words as written, e.g. "up to four months". */
  phrase: string
}

const numberWords: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
}

const amount = `(\\d+(?:\\.\\d+)?|${Object.keys(numberWords).join('|')})`
const unit = '(minute|hour|day|week|month)s?'
// "up to four months", "anywhere from 3-6 months", "one to three days", "for 1-2 hours", "two weeks".
const durationPattern = new RegExp(
  `\\b(?:(up to|within|at least|at most)\\s+)?${amount}(?:\\s*(?:-|–|to)\\s*${amount})?\\s+${unit}\\b`,
  'gi',
)

const toNumber = (word: string) => numberWords[word.toLowerCase()] ?? Number(word)

/**
 * Every span of time a text states, as numbers. "within one to three days" is 1–3 days; "up to
 * four months" has no lower bound; a single figure without "up to" ("two weeks") is exact.
 */
export function statedDurations(text: string): StatedDuration[] {
  const found: StatedDuration[] = []
  for (const match of text.matchAll(durationPattern)) {
    const [phrase, qualifier, first, second, unitWord] = match
    const unitName = `${unitWord!.toLowerCase()}s`
    if (!isDurationUnit(unitName)) continue
    const low = toNumber(first!)
    const high = second ? toNumber(second) : null
    const upTo = /up to|at most/i.test(qualifier ?? '')
    const atLeast = /at least/i.test(qualifier ?? '')
    found.push({
      min: high !== null ? low : upTo ? null : low,
      max: high !== null ? high : atLeast ? null : low,
      unit: unitName,
      phrase: phrase!.trim(),
    })
  }
  return found
}
