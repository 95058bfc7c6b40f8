import type { CollectionConfig, CompoundIndex } from 'payload'

/**
 * The sort a public list uses when the client names none: the collection's default sort, else
 * Payload's `-createdAt`. A leading `-` only flips the direction, which an index serves either way.
 */
export function defaultSortField(collection: Pick<CollectionConfig, 'defaultSort'>): string {
  const sort = Array.isArray(collection.defaultSort)
    ? collection.defaultSort[0]
    : collection.defaultSort
  return typeof sort === 'string' && sort.length > 0 ? sort.replace(/^-/, '') : 'createdAt'
}

/**
 * Public lists ask for `_status = 'published'` in the default order. With separate indexes the
 * database filters by status, then sorts every published row (computing each row's related
 * documents and translations first) before keeping ten: measured at 13 s for a list of 10 among
 * 10,000 conditions on SQLite. An index on (status, sort field) hands back the first ten in order.
 */
export function listIndexes(collection: CollectionConfig): CompoundIndex[] {
  if (
    !collection.versions ||
    typeof collection.versions !== 'object' ||
    !collection.versions.drafts
  ) {
    return []
  }
  const sortField = defaultSortField(collection)
  const wanted: CompoundIndex[] = [{ fields: ['_status', sortField] }]
  if (sortField !== 'createdAt') wanted.push({ fields: ['_status', 'createdAt'] })
  return wanted
}

/** Adds the list indexes to a collection with drafts, keeping the indexes it declares itself. */
export function withListIndexes(collection: CollectionConfig): CollectionConfig {
  const existing = collection.indexes ?? []
  const missing = listIndexes(collection).filter(
    (index) => !existing.some((known) => known.fields.join() === index.fields.join()),
  )
  return missing.length === 0 ? collection : { ...collection, indexes: [...existing, ...missing] }
}
