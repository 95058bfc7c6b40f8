import express, { type RequestHandler } from 'express'

import { HttpError } from './httpError'

export const maxJsonBodyBytes = '1mb'

// `+json` types are read too, so a broken body is a 400 on every route; REST then refuses them by
// media type (restBody.ts), and graphql-http, which reads only application/json, with a 415.
const bufferJson = express.raw({
  type: ['application/json', 'application/*+json'],
  limit: maxJsonBodyBytes,
})

// JSON travels as UTF-8 (RFC 8259 §8.1). Decoded leniently, broken bytes became U+FFFD and were
// stored in place of the text the client meant.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
const notUtf8Message =
  'The request body is not valid UTF-8: send JSON encoded as UTF-8 (a text in another encoding, such as Latin-1 or Windows-1252, has to be converted first).'

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
    let text: string
    try {
      text = strictUtf8.decode(req.body)
    } catch {
      return next(new HttpError(400, notUtf8Message))
    }
    try {
      JSON.parse(text)
      res.locals.jsonBodyChecked = true
      next()
    } catch (parseError) {
      next(
        new HttpError(400, `The request body is not valid JSON: ${(parseError as Error).message}`),
      )
    }
  })
}
