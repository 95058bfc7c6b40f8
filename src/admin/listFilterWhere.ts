import type { Where } from 'payload'

import { rewriteReviewStatusWhere } from '../workflow/reviewStatusWhere'

type Clause = Record<string, unknown>

/** A where as "any of these lists of conditions, each met in full" (disjunctive normal form). */
function toAlternatives(where: Where): Clause[][] {
  let alternatives: Clause[][] = [[]]
  for (const [key, value] of Object.entries(where)) {
    let branch: Clause[][]
    if (key === 'or' && Array.isArray(value)) {
      branch = value.flatMap((item) => toAlternatives(item as Where))
    } else if (key === 'and' && Array.isArray(value)) {
      branch = value.reduce<Clause[][]>(
        (sofar, item) => combine(sofar, toAlternatives(item as Where)),
        [[]],
      )
    } else if (value && typeof value === 'object') {
      branch = [
        Object.entries(value).map(([operator, operand]) => ({ [key]: { [operator]: operand } })),
      ]
    } else {
      branch = [[{ [key]: value }]]
    }
    alternatives = combine(alternatives, branch)
  }
  return alternatives
}

const combine = (left: Clause[][], right: Clause[][]) =>
  left.flatMap((first) => right.map((second) => [...first, ...second]))

const mentionsReviewStatus = (where: unknown): boolean =>
  Boolean(where) &&
  typeof where === 'object' &&
  Object.entries(where as Record<string, unknown>).some(
    ([key, value]) =>
      key === 'reviewStatus' || (Array.isArray(value) && value.some(mentionsReviewStatus)),
  )

/**
 * The admin's filter builder cannot show a condition on the computed `reviewStatus` (it is not a
 * stored field) and crashed with "Cannot read properties of undefined (reading 'value')" on such
 * a list address. This turns it into the same filter on "Next review due", in the
 * or → and → condition shape the builder edits. Null when there is nothing to turn.
 */
export function listFilterWhere(where: unknown, at: Date): Where | null {
  if (!mentionsReviewStatus(where)) return null
  const rewritten = rewriteReviewStatusWhere(where as Where, at) as Where
  return { or: toAlternatives(rewritten).map((clauses) => ({ and: clauses as Where[] })) }
}
