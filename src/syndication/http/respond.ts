import type { Request, Response } from 'express'

import { sendAnswer } from '../../cache/cacheFront'
import { isNotModified, strongETag } from '../../cache/etag'

export const cachePolicies = {
  /** Published content: browsers and CDNs may keep it a minute, then must revalidate (cheap: 304). */
  published: 'public, max-age=60, must-revalidate',
  /** The change log moves with every publish: always revalidate, never share between keys. */
  changes: 'private, no-cache',
  /** The contract and docs change only with a deploy. */
  contract: 'public, max-age=300',
} as const

/** The same URL answers differently per key (scope), per Accept (format) and per Origin (CORS). */
export const varyHeaders = 'Authorization, Accept, Origin'

export type Representation = { body: string; contentType: string; cacheControl: string }

/**
 * Sends a representation with a strong ETag over its exact bytes, answering a matching
 * `If-None-Match` with 304 and no body; through the partner response cache when it waits for it.
 */
export function sendRepresentation(req: Request, res: Response, representation: Representation) {
  const body = Buffer.from(representation.body)
  const etag = strongETag(body)
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', representation.cacheControl)
  res.setHeader('Vary', varyHeaders)
  if (isNotModified(req.headers, etag)) {
    res.status(304).end()
    return
  }
  res.setHeader('Content-Type', representation.contentType)
  sendAnswer(res, 200, body)
}

export const json = (value: unknown, cacheControl: string, contentType = 'application/json') => ({
  body: JSON.stringify(value),
  contentType: `${contentType}; charset=utf-8`,
  cacheControl,
})
