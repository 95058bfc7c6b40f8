/**
 * Which localized text fields of a document have no text in a language, so readers can be told
 * that those values are the default language's (Payload's fallback does not say so itself).
 */
type FieldLike = {
  type: string
  name?: string
  localized?: boolean
  fields?: FieldLike[]
  tabs?: { name?: string; fields: FieldLike[] }[]
}

/**
 * Dot paths of the localized fields a reader can tell apart: top-level and inside groups and tabs.
 * Rows of arrays are shared between languages, so fields inside them are left out.
 */
export function localizedPaths(fields: FieldLike[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return (field.tabs ?? []).flatMap((tab) =>
        localizedPaths(tab.fields, tab.name ? `${prefix}${tab.name}.` : prefix),
      )
    }
    if (field.type === 'row' || field.type === 'collapsible') {
      return localizedPaths(field.fields ?? [], prefix)
    }
    if (field.type === 'group' && field.name) {
      return localizedPaths(field.fields ?? [], `${prefix}${field.name}.`)
    }
    if (field.type === 'array' || field.type === 'blocks' || !field.name) return []
    return field.localized ? [`${prefix}${field.name}`] : []
  })
}

type LexicalLike = { root?: { children?: unknown[] } }

export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'root' in (value as object)) {
    return !(value as LexicalLike).root?.children?.length
  }
  return false
}

const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      doc,
    )

/** The paths among `paths` with no value in `doc` (a document read in one language, no fallback). */
export const untranslatedPaths = (doc: Record<string, unknown>, paths: string[]): string[] =>
  paths.filter((path) => isEmptyValue(valueAt(doc, path)))
