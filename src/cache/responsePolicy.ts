import type { OutgoingHttpHeaders } from 'node:http'

/**
 * Whether an answer may be kept for the next anonymous reader: a success or a plain not-found (both
 * change only when content does), never one that sets a cookie or forbids storing.
 */
export function isStorableResponse(status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 && status !== 404) return false
  if (headers['set-cookie'] !== undefined) return false
  const cacheControl = String(headers['cache-control'] ?? '').toLowerCase()
  return !/\b(no-store|private)\b/.test(cacheControl)
}
