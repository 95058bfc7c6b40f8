import type { FlattenedField } from 'payload'

type Id = string | number

/** The id of an upload or relationship value, whether stored bare or populated. */
function idOf(value: unknown): Id | undefined {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value)
    return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * Images inside rich text: Lexical stores an upload node (and a relationship or block that points
 * at an image) as `{ relationTo: 'media', value }`, at any depth of the editor state.
 */
function collectFromRichText(node: unknown, mediaSlug: string, into: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) collectFromRichText(child, mediaSlug, into)
    return
  }
  if (!node || typeof node !== 'object') return
  const record = node as Record<string, unknown>
  if (record.relationTo === mediaSlug) {
    const id = idOf(record.value)
    if (id !== undefined) into.add(String(id))
  }
  for (const value of Object.values(record)) collectFromRichText(value, mediaSlug, into)
}

/** An upload or relationship field's value: one id, many, or polymorphic `{ relationTo, value }`. */
function collectFromRelation(
  field: Extract<FlattenedField, { type: 'upload' | 'relationship' }>,
  value: unknown,
  mediaSlug: string,
  into: Set<string>,
): void {
  const values = Array.isArray(value) ? value : [value]
  const polymorphic = Array.isArray(field.relationTo)
  if (!polymorphic && field.relationTo !== mediaSlug) return
  for (const item of values) {
    const target =
      polymorphic && item && typeof item === 'object'
        ? (item as { relationTo?: unknown; value?: unknown })
        : { relationTo: field.relationTo, value: item }
    if (target.relationTo !== mediaSlug) continue
    const id = idOf(target.value)
    if (id !== undefined) into.add(String(id))
  }
}

function collectFromFields(
  fields: FlattenedField[],
  data: unknown,
  mediaSlug: string,
  into: Set<string>,
): void {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    const value = record[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'upload':
      case 'relationship':
        collectFromRelation(field, value, mediaSlug, into)
        break
      case 'richText':
        collectFromRichText(value, mediaSlug, into)
        break
      case 'group':
      case 'tab':
        collectFromFields(field.flattenedFields, value, mediaSlug, into)
        break
      case 'array':
        for (const row of Array.isArray(value) ? value : []) {
          collectFromFields(field.flattenedFields, row, mediaSlug, into)
        }
        break
      case 'blocks':
        for (const row of Array.isArray(value) ? value : []) {
          const blockType = (row as { blockType?: unknown })?.blockType
          const block = field.blocks.find((candidate) => candidate.slug === blockType)
          if (block) collectFromFields(block.flattenedFields, row, mediaSlug, into)
        }
        break
      default:
        break
    }
  }
}

/**
 * Every image a document shows, as string ids: its upload fields (the page image, the SEO image,
 * in groups, tabs, arrays and blocks) and the images placed inside its rich text.
 */
export function mediaIdsIn(
  fields: FlattenedField[],
  doc: unknown,
  mediaSlug = 'media',
): Set<string> {
  const ids = new Set<string>()
  collectFromFields(fields, doc, mediaSlug, ids)
  return ids
}
