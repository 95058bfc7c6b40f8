import type { CollectionConfig } from 'payload'

/** Drafts and version history for every treatment-content collection. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 100,
}
