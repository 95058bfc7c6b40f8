import type { CollectionConfig } from 'payload'

/** Drafts and version history for every treatment-content collection. */
export const contentVersions: CollectionConfig['versions'] = {
  // Autosave keeps work safe; the Save draft button stays so editors can save on purpose too.
  drafts: { autosave: { interval: 2000, showSaveDraftButton: true }, schedulePublish: true },
  maxPerDoc: 100,
}
