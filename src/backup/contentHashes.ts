import type { CollectionSlug, Payload } from 'payload'

import { localeCodesOf } from './backupScope'
import { canonicalJson, sha256 } from './canonicalJson'
import type { CollectionContent, GlobalContent, StoredVersion } from './readContent'
import { remapReferences, type IdMapper } from './remapReferences'

export type ContentHashes = Record<string, string>

/** A document's content without its own ID, with references written through `map`. */
function documentText(
  payload: Payload,
  fields: Parameters<typeof remapReferences>[0],
  document: Record<string, unknown>,
  map: IdMapper,
) {
  const { id: _id, ...content } = document
  return canonicalJson(
    remapReferences(fields, content, map, { localeCodes: localeCodesOf(payload) }),
  )
}

function versionsText(
  payload: Payload,
  fields: Parameters<typeof remapReferences>[0],
  versions: StoredVersion[],
  map: IdMapper,
) {
  return canonicalJson(
    versions.map(({ version, ...meta }) => ({
      ...meta,
      parent: undefined,
      version: documentText(payload, fields, version, map),
    })),
  )
}

/**
 * One SHA-256 per document (its content, every locale) and one per document's version history,
 * keyed by collection and the document's ID in the source. `map` turns this database's IDs into
 * the source's, so a restore into an engine with other IDs can be compared key by key.
 */
export function contentHashes(
  payload: Payload,
  content: { collections: CollectionContent[]; globals: GlobalContent[] },
  map: IdMapper = (_collection, id) => id,
): ContentHashes {
  const hashes: ContentHashes = {}
  for (const { slug, documents, versions } of content.collections) {
    const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
    const byParent = new Map<string, StoredVersion[]>()
    for (const version of versions) {
      const parent = String(map(slug, version.parent))
      byParent.set(parent, [...(byParent.get(parent) ?? []), version])
    }
    for (const document of documents) {
      const key = `${slug}/${String(map(slug, document.id))}`
      hashes[key] = sha256(documentText(payload, fields, document, map))
      const history = byParent.get(String(map(slug, document.id)))
      if (history) hashes[`${key}#versions`] = sha256(versionsText(payload, fields, history, map))
    }
  }
  for (const { slug, document, versions } of content.globals) {
    const fields = payload.globals.config.find((global) => global.slug === slug)!.flattenedFields
    if (document) hashes[`globals/${slug}`] = sha256(documentText(payload, fields, document, map))
    if (versions.length > 0) {
      hashes[`globals/${slug}#versions`] = sha256(versionsText(payload, fields, versions, map))
    }
  }
  return hashes
}
