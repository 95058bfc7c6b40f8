import {
  APIError,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { hasRole } from '../access/roles'
import { latestVersionPin } from '../workflow/versionPin'

const quoted = (hash: string) => `"${hash}"`

/** `If-Match` values as sent: a list of (possibly weak) entity tags, or `*`. */
export function ifMatchAccepts(header: string, etag: string): boolean {
  const tags = header.split(',').map((tag) => tag.trim().replace(/^W\//, ''))
  return tags.includes('*') || tags.includes(etag)
}

/**
 * Staff reading the latest draft (`GET /api/<collection>/<id>?draft=true`) get its ETag: the hash
 * of the draft's text. A reviewer can send it back as `If-Match` when publishing, so they publish
 * exactly the draft they read and not one an editor saved a moment later.
 */
export const draftETag: CollectionAfterOperationHook = async ({
  args,
  collection,
  operation,
  req,
  result,
}) => {
  if (operation !== 'findByID' || !(args as { draft?: boolean }).draft) return result
  if (!hasRole(req.user, 'admin', 'editor', 'reviewer') || !result) return result
  const pin = await latestVersionPin(
    req.payload,
    collection.slug,
    (result as { id: string | number }).id,
    req,
  )
  if (!pin) return result
  const headers = req.responseHeaders ?? new Headers()
  headers.set('ETag', quoted(pin.contentHash))
  req.responseHeaders = headers
  return result
}

/** A publish carrying `If-Match` goes ahead only if the latest draft is still the one read. */
export const publishIfMatch: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const header = req.headers?.get('if-match')
  const id = (args as { id?: string | number }).id
  const status = (args.data as { _status?: unknown } | undefined)?._status
  if (!header || id === undefined || status !== 'published') return args
  const pin = await latestVersionPin(req.payload, collection.slug, id, req)
  if (pin && ifMatchAccepts(header, quoted(pin.contentHash))) return args
  throw new APIError(
    'The draft changed after you read it: If-Match does not match its ETag. Read it again (GET with ?draft=true), review the changes, then publish.',
    412,
    null,
    true,
  )
}
