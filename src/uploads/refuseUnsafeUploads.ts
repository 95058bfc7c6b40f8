import type { CollectionBeforeOperationHook } from 'payload'

import { checkUploadedImage } from './checkUploadedImage'
import { UploadRefusal } from './uploadRefusal'

/**
 * Checks an uploaded file before Payload stores or resizes anything, so a refused upload leaves
 * no file on disk and no document behind. Payload's own checks come later and answer 400; ours
 * say what was wrong (415 for the type, 422 for the size in pixels).
 */
export function refuseUnsafeUploads(
  acceptedTypes: readonly string[],
): CollectionBeforeOperationHook {
  return async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file?.data?.length) return args
    const refusal = await checkUploadedImage(file.data, acceptedTypes)
    if (refusal) throw new UploadRefusal(refusal.message, refusal.status)
    return args
  }
}
