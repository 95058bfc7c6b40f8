import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { parse } from 'qs-esm'

import { HttpError } from '../httpError'
import { checkWherePaths, type FieldShape } from './checkWherePaths'
import { validateListQuery } from './validateListQuery'

/** The options Payload parses REST queries with, so this check sees what Payload will see. */
const payloadQueryOptions = {
  allowEmptyArrays: true,
  arrayLimit: 1000,
  depth: 10,
  ignoreQueryPrefix: true,
}

/**
 * Checks a REST query's shape, then its `where` against the fields of the collection the path
 * names (mounted at the API route, so `req.path` starts with the collection's slug).
 */
export function validatedQuery(payload: Payload): RequestHandler {
  const fieldsOf = (slug: string): readonly FieldShape[] | undefined =>
    Object.hasOwn(payload.collections, slug)
      ? (payload.collections[slug as keyof typeof payload.collections].config
          .flattenedFields as readonly FieldShape[])
      : undefined

  return (req, _res, next) => {
    const queryStart = req.originalUrl.indexOf('?')
    if (queryStart === -1) return next()
    const query = parse(req.originalUrl.slice(queryStart), payloadQueryOptions)
    const fields = fieldsOf(req.path.split('/')[1] ?? '')
    const problem =
      validateListQuery(query) ?? (fields ? checkWherePaths(query.where, fields) : null)
    next(problem ? new HttpError(400, problem) : undefined)
  }
}
