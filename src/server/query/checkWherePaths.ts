/**
 * Checks a REST `where` against the collection's fields, for the two things Payload lets through
 * to the database, where they failed as 500s: a path into a rich-text or JSON field
 * (`where[body.root.children.text][like]=x`), and a geometry operator (`near`, `within`,
 * `intersects`) on a field that is not a map point. Unknown paths are left to Payload, which
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

function checkPath(path: string, operators: string[], fields: readonly FieldShape[]): Problem {
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
      return null
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
    const operators = value && typeof value === 'object' ? Object.keys(value) : []
    const problem = checkPath(key, operators, fields)
    if (problem) return problem
  }
  return null
}
