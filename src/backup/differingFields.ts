import type { CollectionSlug, Payload } from 'payload'

import { localeCodesOf } from './backupScope'
import { canonicalJson } from './canonicalJson'
import type { CollectionContent } from './readContent'
import { remapReferences, type IdMapper } from './remapReferences'

/**
 * For a document whose content hash differs after a restore (`slug/id`, the source's ID), the
 * top-level fields that differ, so the operator learns what changed rather than only that
 * something did. Version histories and globals are named as they are.
 */
export function differingFields(
  payload: Payload,
  key: string,
  source: CollectionContent[],
  restored: CollectionContent[],
  toSource: IdMapper,
): string {
  const [slug, id] = key.split('/')
  if (!id || id.includes('#') || slug === 'globals') return key
  const before = source
    .find((content) => content.slug === slug)
    ?.documents.find((document) => String(document.id) === id)
  const after = restored
    .find((content) => content.slug === slug)
    ?.documents.find((document) => String(toSource(slug, document.id)) === id)
  if (!before || !after) return `${key} (${after ? 'not in the archive' : 'not restored'})`
  const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
  const mapped = remapReferences(fields, after, toSource, { localeCodes: localeCodesOf(payload) })
  const names = [...new Set([...Object.keys(before), ...Object.keys(mapped)])].filter(
    (name) => name !== 'id' && canonicalJson(before[name]) !== canonicalJson(mapped[name]),
  )
  return `${key} (${names.join(', ') || 'no field differs on its own'})`
}
