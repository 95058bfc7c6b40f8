import express, { type RequestHandler } from 'express'

import { nulMessage, urlContainsNul } from '../lib/nulCharacter'
import { bodyLimits } from './bodySizeLimit'
import { HttpError } from './httpError'

const overrideHeaders = ['x-payload-http-method-override', 'x-http-method-override']
const formType = 'application/x-www-form-urlencoded'

const readForm = express.text({ type: () => true, limit: bodyLimits.otherBytes })

/**
 * Payload's admin loads relationship and upload options with `POST` plus
 * `X-Payload-HTTP-Method-Override: GET` and the query as a form-encoded body (a long list of IDs
 * would not fit in a URL). Payload's handleEndpoints turns that into a GET with the body as its
 * query string. Doing the same here, before any request check runs, means every query check sees
 * the query exactly as Payload will and the request stays a read for everything after it: a body
 * that is not a valid query is refused like the same query in a URL.
 */
export const methodOverrideRead: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') return next()
  const override = overrideHeaders.map((name) => req.headers[name]).find(Boolean)
  if (override === undefined) return next()
  if (String(override).toUpperCase() !== 'GET') {
    return next(new HttpError(400, 'X-Payload-HTTP-Method-Override only accepts GET.'))
  }
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase()
  const hasBody =
    Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined
  if (hasBody && type !== formType) {
    return next(
      new HttpError(415, `A read sent with the method override carries its query as ${formType}.`),
    )
  }
  readForm(req, res, (error?: unknown) => {
    if (error) return next(error)
    const search = typeof req.body === 'string' ? req.body.replace(/^\?/, '') : ''
    if (urlContainsNul(search)) return next(new HttpError(400, nulMessage))
    // A form encoder escapes everything else; a raw '#' or space would cut or bend the URL.
    if (!/^[\x21-\x22\x24-\x7e]*$/.test(search)) {
      return next(new HttpError(400, 'The form-encoded query has characters that are not escaped.'))
    }
    req.body = undefined
    req.method = 'GET'
    if (search) {
      const separator = req.originalUrl.includes('?') ? '&' : '?'
      req.url += (req.url.includes('?') ? '&' : '?') + search
      req.originalUrl += separator + search
    }
    for (const name of [
      ...overrideHeaders,
      'content-type',
      'content-length',
      'transfer-encoding',
    ]) {
      delete req.headers[name]
    }
    next()
  })
}
