import type { CollectionConfig } from 'payload'

/** Seconds without activity after which someone else may edit a document without taking over. */
export const editingLockSeconds = 180

/**
 * An editing lock ends when its holder leaves the document (ReleaseLockOnLeave), and at the latest
 * a few minutes after their last change, so a crashed browser does not keep colleagues out for
 * long (Payload's default is five minutes).
 */
export const withEditingLocks = (collection: CollectionConfig): CollectionConfig => {
  const components = collection.admin?.components
  return {
    ...collection,
    lockDocuments: { duration: editingLockSeconds },
    admin: {
      ...collection.admin,
      components: {
        ...components,
        edit: {
          ...components?.edit,
          beforeDocumentControls: [
            ...(components?.edit?.beforeDocumentControls ?? []),
            '/src/admin/ReleaseLockOnLeave#ReleaseLockOnLeave',
          ],
        },
      },
    },
  }
}
