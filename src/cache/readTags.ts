import type { FlattenedField, SanitizedCollectionConfig, Where } from 'payload'

/**
 * Names for what an answer reads and what a write changes (src/cache/readDependencies.ts). A write
 * to a document changes its own tag and its collection's list tag; a read by id depends on the
 * document's tag, any other read of a collection on its list tag.
 */
export const documentTag = (collection: string, id: string | number): string =>
  `${collection}:${String(id)}`
export const listTag = (collection: string): string => `${collection}:*`
export const globalTag = (slug: string): string => `global:${slug}`

/** What a create, update or delete of one document changes. */
export const documentWriteTags = (collection: string, id: string | number): string[] => [
  documentTag(collection, id),
  listTag(collection),
]

type Id = string | number
const isId = (value: unknown): value is Id => typeof value === 'string' || typeof value === 'number'

/**
 * The ids a where clause limits its result to, when it does so at its top level (`id` equals or
 * in, alone or as one term of an `and`): the rows read are then only those documents' rows. What
 * Payload sends for a read by id (`{ and: [{ id: { equals } }, access] }`) and for populating
 * relations (`{ and: [{ id: { in } }, access] }`). Undefined when the where does not pin ids.
 */
export function pinnedIds(where: Where | undefined): Id[] | undefined {
  if (!where) return undefined
  const id = where.id as { equals?: unknown; in?: unknown } | undefined
  if (id && typeof id === 'object') {
    if (isId(id.equals)) return [id.equals]
    if (Array.isArray(id.in) && id.in.every(isId)) return id.in
  }
  const terms = Array.isArray(where.and) ? where.and : []
  for (const term of terms) {
    const ids = pinnedIds(term)
    if (ids) return ids
  }
  return undefined
}

const isPlainObject = (value: unknown) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)

/**
 * Every field path a where clause tests, through `and` and `or`; undefined when a condition's value
 * is itself an object: Payload turns a query through a relation (`conditionsTreated.name`) into
 * `conditionsTreated: { contains: { …the related collection's where… } }`, which reads the other
 * collection's rows (and geo operators take objects, which are not worth telling apart).
 */
function wherePaths(where: Where | undefined, into: string[] = []): string[] | undefined {
  if (!where) return into
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const term of value) if (!wherePaths(term as Where, into)) return undefined
    } else {
      if (isPlainObject(value) && Object.values(value as object).some(isPlainObject)) {
        return undefined
      }
      into.push(key)
    }
  }
  return into
}

function sortPaths(sort: unknown): string[] {
  const terms = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return terms
    .filter((term): term is string => typeof term === 'string')
    .map((term) => term.replace(/^-/, ''))
}

const relationTypes = new Set(['relationship', 'upload', 'join'])

/**
 * Whether a path stays within the collection's own rows: each step before the last is a group,
 * named tab, array or block field of the document, or a localized field followed by its locale
 * (`name.en`, as Payload writes it). A step through a relationship (`procedure.name`) joins
 * another collection's rows, and an unknown step cannot be judged: both answer false.
 */
export function staysInOwnRows(fields: readonly FlattenedField[], path: string): boolean {
  const steps = path.split('.')
  let current: readonly FlattenedField[] = fields
  for (let index = 0; index < steps.length - 1; index++) {
    const field = current.find((candidate) => candidate.name === steps[index])
    if (!field || relationTypes.has(field.type)) return false
    const isLast = index === steps.length - 2
    if (isLast && 'localized' in field && field.localized && !('flattenedFields' in field)) {
      return true
    }
    if (field.type === 'blocks') {
      // A block's fields are reached by the block's own field names; any block may hold them.
      current = field.blocks.flatMap((block) =>
        typeof block === 'string' ? [] : block.flattenedFields,
      )
    } else if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
      current = field.flattenedFields
    } else {
      return false
    }
  }
  return true
}

/** The collections a read of this collection also lists, through its join fields. */
export function joinedCollections(config: SanitizedCollectionConfig): string[] {
  const polymorphic = (config.polymorphicJoins ?? []).flatMap(({ field }) =>
    [field.collection].flat(),
  )
  return [...Object.keys(config.joins ?? {}), ...polymorphic]
}

export type CollectionRead = {
  where?: Where
  sort?: unknown
  /** False when the read leaves the join fields out (Payload's GraphQL reads by id). */
  joins?: unknown
}

/**
 * The tags of one read of a collection (its documents, or their versions with `versions`), or
 * 'everything' when its where or sort reaches through a relation into other collections' rows.
 */
export function collectionReadTags(
  config: SanitizedCollectionConfig,
  { where, sort, joins }: CollectionRead,
  { versions = false }: { versions?: boolean } = {},
): string[] | 'everything' {
  const ownPath = (path: string) =>
    staysInOwnRows(config.flattenedFields, versions ? path.replace(/^version\./, '') : path)
  const paths = wherePaths(where)
  if (!paths || ![...paths, ...sortPaths(sort)].every(ownPath)) return 'everything'
  const ids = versions ? undefined : pinnedIds(where)
  const own = ids ? ids.map((id) => documentTag(config.slug, id)) : [listTag(config.slug)]
  const joined = joins === false ? [] : joinedCollections(config).map(listTag)
  return [...own, ...joined]
}
