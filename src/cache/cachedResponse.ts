import type { OutgoingHttpHeaders } from 'node:http'

import { strongETag } from './etag'
import type { CachedResponse } from './responseStore'

/** A whole answer as a handler produced it: the status, the headers set on `res`, the bytes. */
export type Answer = { status: number; headers: OutgoingHttpHeaders; body: Buffer }

/**
 * Headers Node writes per connection or per response, that the entry sets itself, or that belong
 * to one request (its id, set by the pipeline in front of Express, after the cache front looked).
 */
const perResponseHeaders = new Set([
  'connection',
  'content-length',
  'date',
  'keep-alive',
  'transfer-encoding',
  'x-cache',
  'x-request-id',
])

/** What a 304 must repeat from the 200 it stands for (RFC 9110 §15.4.5). */
const notModifiedHeaderNames = new Set(['cache-control', 'content-location', 'expires', 'vary'])

function flatten(headers: OutgoingHttpHeaders): string[] {
  const flat: string[] = []
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || perResponseHeaders.has(name)) continue
    if (Array.isArray(value)) value.forEach((item) => flat.push(name, item))
    else flat.push(name, String(value))
  }
  return flat
}

/**
 * The wire form of an answer: its headers with a strong ETag (unless the handler chose its own),
 * an exact Content-Length and `X-Cache: HIT`, which the miss that made it rewrites to MISS.
 */
export function toCachedResponse({ status, headers, body }: Answer): CachedResponse {
  const etag = typeof headers.etag === 'string' ? headers.etag : strongETag(body)
  const flat = flatten({ ...headers, etag })
  const notModifiedHeaders: string[] = []
  for (let index = 0; index < flat.length; index += 2) {
    if (notModifiedHeaderNames.has(flat[index]))
      notModifiedHeaders.push(flat[index], flat[index + 1])
  }
  notModifiedHeaders.push('etag', etag, 'x-cache', 'HIT')
  flat.push('content-length', String(body.length), 'x-cache', 'HIT')
  return { status, etag, body, headers: flat, notModifiedHeaders }
}

/** The same entry as the miss that created it reports itself. */
export function asMiss(headers: readonly string[]): string[] {
  const copy = headers.slice()
  copy[copy.length - 1] = 'MISS'
  return copy
}
