import express, { type RequestHandler } from 'express'

import { HttpError } from './httpError'

export const maxJsonBodyBytes = '1mb'

// `+json` types are read too, so a broken body is a 400 on every route; REST then refuses them by
// media type (restBody.ts), and graphql-http, which reads only application/json, with a 415.
const bufferJson = express.raw({
  type: ['application/json', 'application/*+json'],
  limit: maxJsonBodyBytes,
})

/**
 * Buffers a JSON body (small by nature) and refuses one that does not parse, with a message that
 * says where it broke, before any handler could half-apply it. Non-JSON bodies stay streams.
 */
export const validatedJsonBody: RequestHandler = (req, res, next) => {
  // Mounted for the sign-in throttle and again on the GraphQL route: read and check the body once.
  if (res.locals.jsonBodyChecked) return next()
  bufferJson(req, res, (error?: unknown) => {
    if (error) return next(error)
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) return next()
    try {
      JSON.parse(req.body.toString('utf8'))
      res.locals.jsonBodyChecked = true
      next()
    } catch (parseError) {
      next(
        new HttpError(400, `The request body is not valid JSON: ${(parseError as Error).message}`),
      )
    }
  })
}
