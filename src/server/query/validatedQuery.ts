import type { RequestHandler } from 'express'
import { parse } from 'qs-esm'

import { HttpError } from '../httpError'
import { validateListQuery } from './validateListQuery'

/** The options Payload parses REST queries with, so this check sees what Payload will see. */
const payloadQueryOptions = {
  allowEmptyArrays: true,
  arrayLimit: 1000,
  depth: 10,
  ignoreQueryPrefix: true,
}

export const validatedQuery: RequestHandler = (req, _res, next) => {
  const queryStart = req.originalUrl.indexOf('?')
  if (queryStart === -1) return next()
  const problem = validateListQuery(parse(req.originalUrl.slice(queryStart), payloadQueryOptions))
  next(problem ? new HttpError(400, problem) : undefined)
}
