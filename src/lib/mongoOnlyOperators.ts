import { APIError, type CollectionBeforeOperationHook, type Plugin } from 'payload'

import { beforeEveryOperation } from './everyCollection'

/**
 * Where operators Payload offers on every engine (REST and GraphQL) but only its MongoDB adapter
 * implements: the SQL adapters have no such operator and failed with a 500
 * (`adapter.operators[queryOperator] is not a function`).
 */
const mongoOnlyOperators = new Set(['all'])

/** The first `field` filtered with a MongoDB-only operator, at any depth of and/or. */
export function mongoOnlyFilter(
  where: unknown,
  depth = 0,
): { field: string; operator: string } | null {
  if (!where || typeof where !== 'object' || depth > 10) return null
  for (const [key, value] of Object.entries(where)) {
    if (key === 'and' || key === 'or') {
      for (const branch of Object.values(value ?? {})) {
        const found = mongoOnlyFilter(branch, depth + 1)
        if (found) return found
      }
    } else if (value && typeof value === 'object') {
      const operator = Object.keys(value).find((name) => mongoOnlyOperators.has(name))
      if (operator) return { field: key, operator }
    }
  }
  return null
}

const refuseMongoOnlyOperators: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.payload.db.name === 'mongoose') return args
  const found = mongoOnlyFilter((args as { where?: unknown }).where)
  if (!found) return args
  const error = new APIError(
    `where[${found.field}][${found.operator}] is not available on this database (only on MongoDB). Use [in] to match any of the values, or one [contains] per value joined with and.`,
    400,
    null,
    true,
  )
  // Named as Payload's own refusal of a bad query, which is logged at info (src/lib/logging.ts).
  error.name = 'QueryError'
  throw error
}

/** Adds the check to every collection, plugins' included. */
export const mongoOnlyOperatorsRefused = (): Plugin =>
  beforeEveryOperation(refuseMongoOnlyOperators)
