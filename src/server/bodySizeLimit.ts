import type { RequestHandler } from 'express'

import { uploadLimits } from '../uploads/uploadLimits'
import { HttpError } from './httpError'

/**
 * Body limits by kind: uploads (multipart) may carry one image, everything else is a JSON document
 * or form. Checked on Content-Length before a byte is read; a body sent without a length is cut off
 * by the parser that reads it (express.raw for JSON, Payload's busboy limits for uploads).
 */
export const bodyLimits = {
  multipartBytes: uploadLimits.maxFileBytes + uploadLimits.multipartOverheadBytes,
  otherBytes: 1024 * 1024,
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

export const bodySizeLimit: RequestHandler = (req, _res, next) => {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (!Number.isFinite(declared) || declared <= 0) return next()
  const isMultipart = (req.headers['content-type'] ?? '').startsWith('multipart/')
  const limit = isMultipart ? bodyLimits.multipartBytes : bodyLimits.otherBytes
  if (declared <= limit) return next()
  next(
    new HttpError(
      413,
      isMultipart
        ? `The upload is ${megabytes(declared)}; files of at most ${megabytes(uploadLimits.maxFileBytes)} are accepted. Compress or scale the image down and try again.`
        : `The request body is ${megabytes(declared)}; at most ${megabytes(limit)} is accepted.`,
    ),
  )
}
