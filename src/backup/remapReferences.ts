import type { FlattenedField } from 'payload'

/** Answers the ID a referenced document has in the target database (or had, when reversed). */
export type IdMapper = (collection: string, id: unknown) => unknown

type Row = Record<string, unknown>
/** Whether references to `collection` are left out (their documents are not written yet). */
type StripRule = (collection: string) => boolean
type Context = { map: IdMapper; localeCodes: readonly string[]; strip: StripRule }

const isRow = (value: unknown): value is Row =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/** A value as a localized field holds it when read with `locale: 'all'`: one entry per locale. */
const isLocaleMap = (value: unknown, localeCodes: readonly string[]): value is Row =>
  isRow(value) && Object.keys(value).every((key) => localeCodes.includes(key))

function mapRelation(
  field: FlattenedField & { type: 'relationship' | 'upload' },
  value: unknown,
  context: Context,
): unknown {
  if ([field.relationTo].flat().some(context.strip)) return field.hasMany ? [] : null
  const polymorphic = Array.isArray(field.relationTo)
  const one = (item: unknown): unknown => {
    if (item === null || item === undefined) return item
    if (polymorphic) {
      if (!isRow(item) || typeof item.relationTo !== 'string') return item
      return { ...item, value: context.map(item.relationTo, idOf(item.value)) }
    }
    return context.map(field.relationTo as string, idOf(item))
  }
  return Array.isArray(value) ? value.map(one) : one(value)
}

/** A populated relation (an object) counts by its ID; backups store IDs only. */
const idOf = (value: unknown) => (isRow(value) && 'id' in value ? value.id : value)

/**
 * Rich text (Lexical JSON) links to documents from inside its nodes: upload and relationship nodes,
 * internal links. Each such reference is an object naming `relationTo` and a `value`.
 */
function mapRichText(value: unknown, context: Context): unknown {
  if (Array.isArray(value)) return value.map((item) => mapRichText(item, context))
  if (!isRow(value)) return value
  const mapped: Row = {}
  for (const [key, child] of Object.entries(value)) mapped[key] = mapRichText(child, context)
  if (
    typeof value.relationTo === 'string' &&
    'value' in value &&
    !context.strip(value.relationTo)
  ) {
    mapped.value = context.map(value.relationTo, idOf(value.value))
  }
  return mapped
}

function mapField(field: FlattenedField, value: unknown, context: Context): unknown {
  if (value === null || value === undefined) return value
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return mapRelation(field, value, context)
    case 'richText':
      return mapRichText(value, context)
    case 'group':
    case 'tab':
      return isRow(value) ? mapFields(field.flattenedFields, value, context) : value
    case 'array':
      return Array.isArray(value)
        ? value.map((row) => (isRow(row) ? mapFields(field.flattenedFields, row, context) : row))
        : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            if (!isRow(row)) return row
            const block = field.blocks.find(({ slug }) => slug === row.blockType)
            return block ? mapFields(block.flattenedFields, row, context) : row
          })
        : value
    default:
      return value
  }
}

function mapFields(fields: FlattenedField[], data: Row, context: Context): Row {
  const mapped: Row = { ...data }
  for (const field of fields) {
    if (!('name' in field) || !(field.name in data) || field.type === 'join') continue
    const value = data[field.name]
    mapped[field.name] =
      field.localized && isLocaleMap(value, context.localeCodes)
        ? Object.fromEntries(
            Object.entries(value).map(([locale, inLocale]) => [
              locale,
              mapField(field, inLocale, context),
            ]),
          )
        : mapField(field, value, context)
  }
  return mapped
}

/**
 * Rewrites every reference to another document (relationship and upload fields at any depth,
 * in any locale, and links inside rich text) with `map`. Used to restore into a database whose
 * IDs differ from the source's (SQLite numbers to PostgreSQL UUIDs) and to compare documents
 * across engines. With `strip`, references are emptied instead (all of them, or those to the
 * collections it names): the first pass of an import, before the documents they point to exist.
 */
export function remapReferences(
  fields: FlattenedField[],
  data: Row,
  map: IdMapper,
  {
    localeCodes = [],
    strip = false,
  }: { localeCodes?: readonly string[]; strip?: boolean | StripRule } = {},
): Row {
  const rule: StripRule = typeof strip === 'function' ? strip : () => strip
  return mapFields(fields, data, { map, localeCodes, strip: rule })
}
