import type { CollectionSlug, GlobalSlug, Payload, TypeWithID } from 'payload'

import { collectionsToBackUp, globalsToBackUp } from './backupScope'

export type StoredVersion = {
  parent?: unknown
  version: Record<string, unknown>
  createdAt?: string
  updatedAt?: string
  autosave?: boolean
  latest?: boolean
  publishedLocale?: string
  snapshot?: boolean
}

export type CollectionContent = {
  slug: string
  documents: (Record<string, unknown> & { id: unknown })[]
  versions: StoredVersion[]
}

export type GlobalContent = {
  slug: string
  document: Record<string, unknown> | null
  versions: StoredVersion[]
}

const everything = { limit: 0, pagination: false, locale: 'all' } as const

/** Strips what the database makes up on its own for a version row. */
function storedVersion(row: TypeWithID & Record<string, unknown>): StoredVersion {
  const { id: _id, ...rest } = row
  return rest as StoredVersion
}

/**
 * Reads content as the database stores it (through the adapter, not the API): every locale,
 * drafts and published alike, hidden fields (password hashes) included, no hooks run. This is
 * what a restore has to write back.
 */
export async function readCollection(payload: Payload, slug: string): Promise<CollectionContent> {
  const collection = payload.collections[slug as CollectionSlug].config
  const { docs } = await payload.db.find({
    collection: slug as CollectionSlug,
    ...everything,
    joins: false as never,
    sort: 'createdAt',
  })
  const versions = collection.versions
    ? (
        await payload.db.findVersions({
          collection: slug as CollectionSlug,
          ...everything,
          sort: 'updatedAt',
        })
      ).docs.map((row) => storedVersion(row as never))
    : []
  return { slug, documents: docs as CollectionContent['documents'], versions }
}

export async function readGlobal(payload: Payload, slug: string): Promise<GlobalContent> {
  const global = payload.globals.config.find((config) => config.slug === slug)!
  const document = (await payload.db.findGlobal({
    slug: slug as GlobalSlug,
    locale: 'all',
  })) as Record<string, unknown> | null
  const versions = global.versions
    ? (
        await payload.db.findGlobalVersions({
          global: slug as GlobalSlug,
          ...everything,
          sort: 'updatedAt',
        })
      ).docs.map((row) => storedVersion(row as never))
    : []
  const exists = document && Object.keys(document).some((key) => key !== 'globalType')
  return { slug, document: exists ? document : null, versions }
}

export async function readAllContent(payload: Payload) {
  const collections: CollectionContent[] = []
  for (const { slug } of collectionsToBackUp(payload)) {
    collections.push(await readCollection(payload, slug))
  }
  const globals: GlobalContent[] = []
  for (const { slug } of globalsToBackUp(payload)) globals.push(await readGlobal(payload, slug))
  return { collections, globals }
}
