import type { CollectionBeforeDeleteHook, CollectionBeforeOperationHook, Where } from 'payload'

import { isEditorOnly } from '../access/roles'
import { visibleMediaChanges } from '../uploads/mediaChanges'
import { describeUses, publishedUsesOfMedia } from '../uploads/publishedUsesOfMedia'
import { refusalFor } from '../workflow/publishingRules'
import { WorkflowRefusal } from './workflowErrors'

type UpdateArgs = {
  id?: string | number
  where?: Where
  data?: Record<string, unknown>
  file?: unknown
}

/**
 * An image is part of every published page that shows it (page image, SEO image, rich text), so
 * while one does, only a reviewer or an admin may change what readers see of it: its file, crop,
 * focal point, alternative text or caption. Checked before the operation because Payload deletes
 * the old files before any later hook runs. Bulk updates (`?where=`) are checked image by image.
 */
export const guardMediaChanges: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' || overrideAccess || !isEditorOnly(req.user)) return args
  const { id, where, data, file } = args as UpdateArgs
  const targets =
    id !== undefined
      ? [
          await req.payload.findByID({
            collection: collection.slug,
            id,
            depth: 0,
            req,
            disableErrors: true,
          }),
        ]
      : (
          await req.payload.find({
            collection: collection.slug,
            where: where ?? {},
            depth: 0,
            pagination: false,
            overrideAccess: false,
            req,
          })
        ).docs
  for (const stored of targets) {
    if (!stored) continue
    const changes = visibleMediaChanges({
      stored: stored as unknown as Record<string, unknown>,
      data,
      hasFile: Boolean(req.file) || Boolean(file),
      uploadEdits: req.query?.uploadEdits,
    })
    if (changes.length === 0) continue
    const uses = await publishedUsesOfMedia(req.payload, stored.id, req)
    if (uses.length > 0) {
      throw new WorkflowRefusal(
        `${refusalFor('replace-media-in-use')} This would change its ${changes.join(', ')}. Used by: ${describeUses(uses)}.`,
      )
    }
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
