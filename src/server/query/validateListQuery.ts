import { validOperatorSet } from 'payload/shared'

/**
 * Checks the query of a REST request before Payload sees it, so malformed input is answered with
 * a 400 that names the problem instead of reaching the database layer (where, for example, an
 * array given to `like` used to crash with a 500).
 */

export const queryLimits = { maxConditions: 100, maxNesting: 5, maxLimit: 1000, maxDepth: 5 }

const listOperators = new Set(['in', 'not_in', 'all'])
const geometryOperators = new Set(['within', 'intersects'])
/** The field paths Payload itself accepts: word segments joined by dots. */
const fieldPathPattern = /^\w+(?:\.\w+)*$/
const sortPattern = /^-?\w+(?:\.\w+)*$/

type Problem = string | null

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value)

/** qs turns long `[0]..[n]` lists into objects keyed by index; both mean a list here. */
const asList = (value: unknown): unknown[] | null => {
  if (Array.isArray(value)) return value
  if (value && typeof value === 'object' && Object.keys(value).every((key) => /^\d+$/.test(key))) {
    return Object.values(value)
  }
  return null
}

function checkOperatorValue(path: string, operator: string, value: unknown): Problem {
  if (!validOperatorSet.has(operator as never)) {
    return `where[${path}] uses the unknown operator "${operator}". Use one of: ${[...validOperatorSet].join(', ')}.`
  }
  if (listOperators.has(operator) || operator === 'near') {
    const list = typeof value === 'string' ? [value] : asList(value)
    if (!list || !list.every(isScalar)) {
      return `where[${path}][${operator}] takes a comma-separated list or a list of plain values.`
    }
    return null
  }
  if (operator === 'exists') {
    return ['true', 'false', true, false].includes(value as never)
      ? null
      : `where[${path}][exists] takes true or false.`
  }
  if (geometryOperators.has(operator)) {
    return value && typeof value === 'object'
      ? null
      : `where[${path}][${operator}] takes a GeoJSON object.`
  }
  return isScalar(value)
    ? null
    : `where[${path}][${operator}] takes a single value, not a list or object.`
}

function checkWhere(
  where: unknown,
  trail: string,
  nesting: number,
  count: { conditions: number },
): Problem {
  if (!where || typeof where !== 'object' || Array.isArray(where)) {
    return `${trail} must be an object of field names and operators.`
  }
  if (nesting > queryLimits.maxNesting) {
    return `where nests and/or more than ${queryLimits.maxNesting} levels deep.`
  }
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      const branches = asList(value)
      if (!branches) return `${trail}[${key}] must be a list of conditions.`
      for (const [index, branch] of branches.entries()) {
        const problem = checkWhere(branch, `${trail}[${key}][${index}]`, nesting + 1, count)
        if (problem) return problem
      }
      continue
    }
    // Past 10 bracket levels qs (as Payload calls it) keeps the rest of the name as one key.
    if (key.startsWith('[')) {
      return `${trail} nests deeper than a query string is read (10 bracket levels: at most 4 levels of and/or above [field][operator]). Flatten it: an and inside an and, or an or inside an or, merges into its parent.`
    }
    if (!fieldPathPattern.test(key)) {
      return `${trail} names the field "${key}", which is not a valid field path.`
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return `${trail}[${key}] needs an operator, e.g. ${trail}[${key}][equals]=value.`
    }
    for (const [operator, operand] of Object.entries(value)) {
      count.conditions += 1
      if (count.conditions > queryLimits.maxConditions) {
        return `where has more than ${queryLimits.maxConditions} conditions.`
      }
      const problem = checkOperatorValue(key, operator, operand)
      if (problem) return problem
    }
  }
  return null
}

function checkInteger(name: string, value: unknown, min: number, max: number): Problem {
  if (value === undefined) return null
  const text = String(value)
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    return `${name} must be a whole number from ${min} to ${max}.`
  }
  return null
}

function checkSort(value: unknown): Problem {
  if (value === undefined) return null
  const fields = typeof value === 'string' ? value.split(',') : asList(value)
  if (!fields || !fields.every((field) => typeof field === 'string' && sortPattern.test(field))) {
    return 'sort takes field names separated by commas, each optionally starting with "-".'
  }
  return null
}

/** Returns a message naming the first problem in a parsed REST query, or null when it is fine. */
export function validateListQuery(query: Record<string, unknown>): Problem {
  return (
    (query.where !== undefined ? checkWhere(query.where, 'where', 0, { conditions: 0 }) : null) ??
    checkInteger('limit', query.limit, 0, queryLimits.maxLimit) ??
    checkInteger('page', query.page, 1, 1_000_000) ??
    checkInteger('depth', query.depth, 0, queryLimits.maxDepth) ??
    checkSort(query.sort)
  )
}
