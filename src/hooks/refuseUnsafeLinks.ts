import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

import { findUnsafeLinks } from '../richText/unsafeLinks'

/**
 * Rich-text links with `javascript:`, `data:` or other non-web URLs are refused when saved (see
 * unsafeLinks.ts), drafts included, so no channel ever receives one.
 */
export const refuseUnsafeLinks: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  const unsafe = findUnsafeLinks(data)
  if (unsafe.length === 0) return data
  throw new ValidationError({
    collection: collection.slug,
    errors: unsafe.map(({ path, url }) => ({
      path: path.split('.')[0],
      message: `The link to "${url.slice(0, 80)}" cannot be saved: a link must be a web address (https://…), an email (mailto:), a phone number (tel:) or a path on this site.`,
    })),
    req,
  })
}
