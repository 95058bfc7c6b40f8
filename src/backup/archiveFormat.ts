/** The layout of a backup archive (a gzipped tar file). */
export const archiveFormat = {
  name: 'clinic-content-hub-backup',
  version: 1,
  manifest: 'manifest.json',
  collectionFile: (slug: string) => `collections/${slug}.json`,
  globalFile: (slug: string) => `globals/${slug}.json`,
  mediaFolder: (collection: string) => `media/${collection}`,
} as const

export type Manifest = {
  format: typeof archiveFormat.name
  formatVersion: number
  createdAt: string
  source: { engine: string; idType: string; payloadVersion: string }
  collections: Record<string, { documents: number; versions: number }>
  globals: string[]
  media: { collection: string; file: string; bytes: number; sha256: string }[]
  /** Content hashes by `collection/id` (see contentHashes.ts), checked after a restore. */
  hashes: Record<string, string>
}
