import type { Request, Response } from 'express'

import { matchesIfNoneMatch, strongEtag } from './etag'

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
 * `If-None-Match` with 304 and no body.
 */
export function sendRepresentation(req: Request, res: Response, representation: Representation) {
  const etag = strongEtag(representation.body)
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', representation.cacheControl)
  res.setHeader('Vary', varyHeaders)
  if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
    res.status(304).end()
    return
  }
  res.status(200)
  res.setHeader('Content-Type', representation.contentType)
  res.setHeader('Content-Length', Buffer.byteLength(representation.body))
  res.end(representation.body)
}

export const json = (value: unknown, cacheControl: string, contentType = 'application/json') => ({
  body: JSON.stringify(value),
  contentType: `${contentType}; charset=utf-8`,
  cacheControl,
})
