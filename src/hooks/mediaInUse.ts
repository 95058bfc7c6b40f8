import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook } from 'payload'

import { isEditorOnly } from '../access/roles'
import { describeUses, publishedUsesOfMedia } from '../uploads/publishedUsesOfMedia'
import { refusalFor } from '../workflow/publishingRules'
import { WorkflowRefusal } from './workflowErrors'

/**
 * A new file for an image changes every published page that shows it, so while a published page
 * uses the image only a reviewer or an admin may replace the file; the 403 names the pages.
 */
export const guardMediaReplacement: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess || !isEditorOnly(req.user)) return args
  const replacing = Boolean(req.file) || Boolean((args as { file?: unknown }).file)
  const id = (args as { id?: string | number }).id
  if (!replacing || id === undefined) return args
  const uses = await publishedUsesOfMedia(req.payload, id, req)
  if (uses.length > 0) {
    throw new WorkflowRefusal(
      `${refusalFor('replace-media-in-use')} Used by: ${describeUses(uses)}.`,
    )
  }
  return args
}

/** Deleting an image a published page shows would break that page: refused for everyone. */
export const guardMediaDeletion: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const uses = await publishedUsesOfMedia(req.payload, id, req)
  if (uses.length > 0) {
    throw new WorkflowRefusal(
      `${refusalFor('delete-media-in-use')} Used by: ${describeUses(uses)}.`,
    )
  }
}
