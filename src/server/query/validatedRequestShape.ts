import type { RequestHandler } from 'express'
import type { Payload } from 'payload'
import { parse } from 'qs-esm'

import { HttpError } from '../httpError'
import { idKindOf } from '../../database/idKind'
import { checkApiPath, checkNul, checkQueryParams, type ApiShape } from './validateRequestShape'

const payloadQueryOptions = {
  allowEmptyArrays: true,
  arrayLimit: 1000,
  depth: 10,
  ignoreQueryPrefix: true,
}

/** Refuses REST requests whose path or parameters Payload would answer with a 500 (see validateRequestShape.ts). */
export function validatedRequestShape(payload: Payload): RequestHandler {
  const { config } = payload
  const shape: ApiShape = {
    collections: new Set(config.collections.map(({ slug }) => slug)),
    globals: new Set(config.globals.map(({ slug }) => slug)),
    localeCodes: config.localization ? config.localization.localeCodes : [],
    ids: idKindOf(payload.db.name),
    verifiable: new Set(
      config.collections.filter(({ auth }) => auth?.verify).map(({ slug }) => slug),
    ),
  }
  return (req, _res, next) => {
    const queryStart = req.originalUrl.indexOf('?')
    const query =
      queryStart === -1 ? {} : parse(req.originalUrl.slice(queryStart), payloadQueryOptions)
    const problem =
      checkNul(req.originalUrl) ??
      checkApiPath(req.path, shape) ??
      checkQueryParams(query, req.method, shape)
    next(problem ? new HttpError(problem.status, problem.message) : undefined)
  }
}
