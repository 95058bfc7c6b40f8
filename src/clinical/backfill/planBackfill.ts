type Doc = Record<string, unknown>

/** The clinical facts the seed gained with issue 10, by collection: what an upgrade may lack. */
export const backfilledFields = {
  conditions: ['codes', 'indication'],
  procedures: ['regulatory', 'safetyInformation'],
} as const

export type BackfillCollection = keyof typeof backfilledFields

export type BackfillPlan = {
  /** The fields to save as a draft; empty when nothing is missing. */
  data: Doc
  /** Dotted paths of what is added, for the report. */
  added: string[]
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0)

/** A value that records no decision yet: the indication status a document gets by default. */
const isUndecided = (key: string, value: unknown) => key === 'status' && value === 'unknown'

const isGroup = (value: unknown): value is Doc =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * A group's seeded values for the keys the document leaves empty; anything an editor wrote stays
 * as it is. Arrays count as one value: a list someone made is never merged with the seed's.
 */
function fillEmpty(current: unknown, seeded: Doc, path: string, added: string[]): Doc {
  const have = isGroup(current) ? current : {}
  const fill: Doc = {}
  for (const [key, value] of Object.entries(seeded)) {
    if (isGroup(value)) {
      const inner = fillEmpty(have[key], value, `${path}.${key}`, added)
      if (Object.keys(inner).length > 0) fill[key] = inner
    } else if ((isEmpty(have[key]) || isUndecided(key, have[key])) && !isEmpty(value)) {
      fill[key] = value
      added.push(`${path}.${key}`)
    }
  }
  return fill
}

/**
 * What an upgraded install's document lacks of the seed's clinical facts (codes, indication
 * citation, regulatory status, safety information), to be added without touching anything an
 * editor wrote. A group that gains any fact is marked as needing a reviewer's confirmation again,
 * whatever it said before: a confirmation covers the facts that were there when it was given.
 */
export function planBackfill(
  collection: BackfillCollection,
  current: Doc,
  seeded: Doc,
): BackfillPlan {
  const added: string[] = []
  const data: Doc = {}
  for (const field of backfilledFields[collection]) {
    const value = seeded[field]
    if (value === undefined) continue
    if (isGroup(value)) {
      const before = added.length
      const fill = fillEmpty(current[field], value, field, added)
      if (added.length === before) continue
      data[field] =
        'needsReviewerConfirmation' in value ? { ...fill, needsReviewerConfirmation: true } : fill
    } else if (isEmpty(current[field]) && !isEmpty(value)) {
      data[field] = value
      added.push(field)
    }
  }
  return { data, added }
}
