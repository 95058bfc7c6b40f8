import createETag from 'etag'
import fresh from 'fresh'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * The one validator for every answer we send whole (public API, partner API, cache entries):
 * Express's own `etag` (a strong tag over the exact bytes) and `fresh` (RFC 9110 If-None-Match:
 * weak comparison, `*`, lists).
 */
export const strongETag = (body: string | Buffer): string => createETag(body)

/**
 * Whether the client already holds the answer tagged `etag`: then it gets a 304 and no body. Only
 * If-None-Match is passed on: `fresh` also treats `Cache-Control: no-cache` as "send it all", but
 * that directive is for caches (RFC 9111 §5.2.1.4), the origin still answers the condition (RFC 9110
 * §13.2.1), and every fetch() client sends it with If-None-Match (Fetch standard, HTTP-network-or-
 * cache fetch), so apps and partners using fetch would never get a 304.
 */
export const isNotModified = (requestHeaders: IncomingHttpHeaders, etag: string): boolean =>
  fresh({ 'if-none-match': requestHeaders['if-none-match'] }, { etag })
