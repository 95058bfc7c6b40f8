import { isDate } from '../../lib/isDate'
import { listValues } from './listValues'

/**
 * Checks a REST `where` against the collection's fields, for the three things Payload lets through
 * to the database, where they failed as 500s: a path into a rich-text or JSON field
 * (`where[body.root.children.text][like]=x`), a geometry operator (`near`, `within`,
 * `intersects`) on a field that is not a map point, and a value that is not a date on a date field
 * (`where[createdAt][greater_than]=notadate`: the adapter turns it into no value at all). Unknown paths are left to Payload, which
 * answers them with a 400 of its own. (A translated list of texts or numbers, `alternateNames`,
 * was refused here too until the carried @payloadcms/drizzle patch fixed its join's locale column.)
 */

export type FieldShape = {
  name?: string
  type: string
  flattenedFields?: readonly FieldShape[]
}

const opaqueTypes = new Set(['richText', 'json'])
const geometryOperators = new Set(['near', 'within', 'intersects'])
/** Fields whose sub-paths go on into another collection's fields: Payload checks those. */
const crossingTypes = new Set(['relationship', 'upload', 'join', 'blocks'])

type Problem = string | null

/** What Payload's adapter reads as a date (or as no date: `null` and the empty text). */
const isDateValue = (value: unknown) => value === 'null' || value === '' || isDate(value)

function checkDateValues(path: string, conditions: Record<string, unknown>): Problem {
  for (const [operator, value] of Object.entries(conditions)) {
    if (operator === 'exists') continue
    const items = ['in', 'not_in', 'all'].includes(operator) ? listValues(value) : [value]
    const wrong = items.find((item) => !isDateValue(item))
    if (wrong !== undefined) {
      return `where[${path}][${operator}] needs a date, e.g. 2026-12-31 or 2026-12-31T09:00:00Z; "${String(wrong).slice(0, 40)}" is not one.`
    }
  }
  return null
}

function checkPath(
  path: string,
  conditions: Record<string, unknown>,
  fields: readonly FieldShape[],
): Problem {
  const operators = Object.keys(conditions)
  const segments = path.split('.')
  let current = fields
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]
    // Version queries name fields as version.<field>.
    if (index === 0 && segment === 'version' && !current.some((f) => f.name === segment)) continue
    const field = current.find((candidate) => candidate.name === segment)
    if (!field || crossingTypes.has(field.type)) return null
    const isLast = index === segments.length - 1
    if (opaqueTypes.has(field.type) && !isLast) {
      return `where[${path}] looks inside "${segment}", which is ${field.type === 'json' ? 'JSON' : 'rich text'}: filter it as a whole, e.g. where[${segments.slice(0, index + 1).join('.')}][like]=word.`
    }
    if (isLast) {
      const geometry = operators.find((operator) => geometryOperators.has(operator))
      if (geometry && field.type !== 'point') {
        return `where[${path}][${geometry}] works on map points only; "${segment}" is a ${field.type} field.`
      }
      return field.type === 'date' ? checkDateValues(path, conditions) : null
    }
    if (!field.flattenedFields) return null
    current = field.flattenedFields
  }
  return null
}

export function checkWherePaths(where: unknown, fields: readonly FieldShape[]): Problem {
  if (!where || typeof where !== 'object') return null
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const branch of Object.values(value ?? {})) {
        const problem = checkWherePaths(branch, fields)
        if (problem) return problem
      }
      continue
    }
    const conditions = value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
    const problem = checkPath(key, conditions, fields)
    if (problem) return problem
  }
  return null
}
