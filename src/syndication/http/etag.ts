import { createHash } from 'node:crypto'

/** A strong ETag: the hash of the exact bytes sent, so equal bytes always share one tag. */
export const strongEtag = (body: string | Buffer) =>
  `"${createHash('sha256').update(body).digest('base64url')}"`

/**
 * RFC 9110 `If-None-Match` with weak comparison, as the RFC requires for this header: `*` or any
 * listed tag equal to ours, ignoring a `W/` prefix a proxy may have added.
 */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const bare = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === bare)
}
