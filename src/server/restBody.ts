import express, { type RequestHandler } from 'express'

import { containsNul, nulMessage } from '../lib/nulCharacter'
import { bodyLimits } from './bodySizeLimit'
import { HttpError } from './httpError'

const writeMethods = new Set(['POST', 'PATCH', 'PUT'])

const hasBody = (headers: Record<string, unknown>) =>
  Number(headers['content-length'] ?? 0) > 0 || headers['transfer-encoding'] !== undefined

/**
 * A REST write carries a JSON object (a document, or the fields to change) or a multipart upload.
 * Anything else — `null`, a list, a bare string, text/plain — used to reach Payload's hooks, which
 * expect an object, and come back as a 500. Runs after validatedJsonBody, which buffered the JSON.
 */
export const restBody: RequestHandler = (req, _res, next) => {
  if (!writeMethods.has(req.method) || !hasBody(req.headers)) return next()
  const type = req.headers['content-type'] ?? ''
  if (type.startsWith('multipart/form-data')) return checkMultipart(req, _res, next)
  if (!Buffer.isBuffer(req.body)) {
    return next(
      new HttpError(
        415,
        `Send the document as application/json (or a file as multipart/form-data), not ${type.split(';')[0] || 'an untyped body'}.`,
      ),
    )
  }
  if (req.body.length === 0) return next()
  const text = req.body.toString('utf8')
  if (containsNul(text)) return next(new HttpError(400, nulMessage))
  const parsed: unknown = JSON.parse(text)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return next(
      new HttpError(400, 'The request body must be a JSON object of field names and values.'),
    )
  }
  next()
}

const bufferMultipart = express.raw({
  type: 'multipart/form-data',
  limit: bodyLimits.multipartBytes,
})

/**
 * A multipart body cut short or with the wrong boundary made Payload's form parser throw, which
 * came back as a 500. The body is read here (Payload holds uploads in memory anyway), checked for
 * its opening and closing delimiters, and passed on as bytes.
 */
const checkMultipart: RequestHandler = (req, res, next) => {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(req.headers['content-type'] ?? '')
  const delimiter = boundary ? `--${boundary[1] ?? boundary[2]}` : null
  if (!delimiter) {
    return next(new HttpError(400, 'The multipart body has no boundary in its Content-Type.'))
  }
  bufferMultipart(req, res, (error?: unknown) => {
    if (error) return next(error)
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
    const opens = body.indexOf(delimiter) !== -1
    const closes = body.lastIndexOf(`${delimiter}--`) !== -1
    if (!opens || !closes) {
      return next(
        new HttpError(400, 'The multipart body is incomplete or does not match its boundary.'),
      )
    }
    next()
  })
}
