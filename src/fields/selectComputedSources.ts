import type {
  Block,
  CollectionBeforeOperationHook,
  Config,
  Field,
  Plugin,
  SanitizedCollectionConfig,
} from 'payload'
import { getSelectMode } from 'payload/shared'

import { computedSourcesOf } from './computedFrom'

/** Payload's `select`: true/false per field, an object for a group's, array's or block's fields. */
export type Select = { [field: string]: boolean | Select }

/** A computed field's path in the data, and the paths of the values its hook reads. */
export type Dependency = { field: string[]; sources: string[][] }

/** A field as it sits in the document's data at one level: what a select names it by. */
type DataField = { name: string; fields?: Field[]; blocks?: Block[]; sources?: string[] }

/** The fields at one level of the data: rows, collapsibles and unnamed tabs hold no data level of their own. */
function dataFieldsOf(fields: Field[]): DataField[] {
  return fields.flatMap((field): DataField[] => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? [{ name: tab.name, fields: tab.fields }]
          : dataFieldsOf(tab.fields),
      )
    }
    if (!('name' in field) || !field.name) {
      return 'fields' in field && Array.isArray(field.fields) ? dataFieldsOf(field.fields) : []
    }
    return [
      {
        name: field.name,
        fields: 'fields' in field && Array.isArray(field.fields) ? field.fields : undefined,
        blocks: field.type === 'blocks' ? (field.blocks as Block[]) : undefined,
        sources: computedSourcesOf(field),
      },
    ]
  })
}

/** Every field that declares `computedFrom`, at any depth, with its siblings as full paths. */
export function declaredDependencies(fields: Field[], prefix: string[] = []): Dependency[] {
  return dataFieldsOf(fields).flatMap((field) => {
    const path = [...prefix, field.name]
    const own = field.sources?.length
      ? [{ field: path, sources: field.sources.map((source) => [...prefix, source]) }]
      : []
    const inner = field.fields
      ? declaredDependencies(field.fields, path)
      : (field.blocks ?? []).flatMap((block) =>
          declaredDependencies(block.fields, [...path, block.slug]),
        )
    return [...own, ...inner]
  })
}

/**
 * Payload's own computed fields on an upload collection: `url` and each size's `url` are made from
 * the stored file names (with cloud storage also its `prefix` and `_objectKey`), `thumbnailURL`
 * from the admin thumbnail size's, by hooks Payload and its storage plugin add
 * (payload/dist/uploads/getBaseFields.js), so they cannot declare `computedFrom`. An
 * `adminThumbnail` function may read anything: the thumbnail then reads the whole document.
 */
export function uploadDependencies(collection: {
  upload?: unknown
  fields: Field[]
}): Dependency[] {
  if (!collection.upload) return []
  const upload = (typeof collection.upload === 'object' ? collection.upload : {}) as {
    imageSizes?: { name: string }[]
    adminThumbnail?: unknown
  }
  const names = dataFieldsOf(collection.fields).map((field) => field.name)
  const storage = ['prefix', '_objectKey']
    .filter((name) => names.includes(name))
    .map((name) => [name])
  const thumbnail = upload.adminThumbnail
  const thumbnailSources =
    typeof thumbnail === 'string'
      ? [['sizes', thumbnail, 'filename'], ['sizes', thumbnail, 'url'], ...storage]
      : typeof thumbnail === 'function'
        ? names.map((name) => [name])
        : []
  return [
    { field: ['url'], sources: [['filename'], ...storage] },
    { field: ['thumbnailURL'], sources: thumbnailSources },
    ...(upload.imageSizes ?? []).map(({ name }) => ({
      field: ['sizes', name, 'url'],
      sources: [['sizes', name, 'filename'], ...storage],
    })),
  ].filter(({ sources }) => sources.length > 0)
}

/** What a select says of a path: true (read whole), false (left out), an object, or nothing. */
function chosenAt(select: Select, path: string[]): boolean | Select | undefined {
  let value: boolean | Select | undefined = select
  for (const key of path) {
    if (typeof value !== 'object') return value
    value = value[key]
  }
  return value
}

/** Marks a path to be read, unless it (or a group around it) already is. */
function include(select: Select, path: string[]) {
  let level = select
  for (const key of path.slice(0, -1)) {
    const value = level[key]
    if (value === true) return
    if (typeof value !== 'object') level[key] = {}
    level = level[key] as Select
  }
  level[path[path.length - 1]] = true
}

/** Takes a path off a select's "leave out" list. */
function keep(select: Select, path: string[]) {
  const parent = chosenAt(select, path.slice(0, -1))
  if (typeof parent === 'object' && parent[path[path.length - 1]] === false) {
    delete parent[path[path.length - 1]]
  }
}

/** Drops objects that ended up empty: in "all but these" mode `{}` would mean "read none of it". */
function withoutEmpty(select: Select): Select {
  const result: Select = {}
  for (const [key, value] of Object.entries(select)) {
    if (typeof value !== 'object') result[key] = value
    else if (Object.keys(value).length > 0) {
      const inner = withoutEmpty(value)
      if (Object.keys(inner).length > 0) result[key] = inner
    }
  }
  return result
}

/**
 * The select a read should run with so every computed field it returns is computed from the values
 * a full read would give it: in "only these" mode, the sources of each chosen computed field are
 * read too (they then appear in a REST answer); in "all but these" mode, the sources of each kept
 * computed field are not left out. Undefined (a full read) when nothing is left to leave out.
 */
export function withComputedSources(dependencies: Dependency[], given: Select): Select | undefined {
  const select = structuredClone(given)
  if (getSelectMode(select as never) !== 'exclude') {
    for (const { field, sources } of dependencies) {
      const chosen = chosenAt(select, field)
      if (chosen !== undefined && chosen !== false)
        for (const path of sources) include(select, path)
    }
    return select
  }
  for (const { field, sources } of dependencies) {
    if (!field.some((_, depth) => chosenAt(select, field.slice(0, depth + 1)) === false)) {
      for (const path of sources) keep(select, path)
    }
  }
  const kept = withoutEmpty(select)
  // What is left must still read as "all but these" (a select mixing true and false could turn).
  return Object.keys(kept).length > 0 && getSelectMode(kept as never) === 'exclude'
    ? kept
    : undefined
}

const dependenciesByCollection = new WeakMap<SanitizedCollectionConfig, Dependency[]>()

/**
 * Every computed field of a collection with what it reads: ours, declared, and Payload's upload
 * URLs; and the same under `version`, where a read of versions (findVersions) selects a version's
 * fields. (Payload's findVersionByID reads its select before running this hook, so there it has
 * no effect; GraphQL offers no select there.)
 */
function dependenciesOf(collection: SanitizedCollectionConfig): Dependency[] {
  let known = dependenciesByCollection.get(collection)
  if (!known) {
    const own = [...declaredDependencies(collection.fields), ...uploadDependencies(collection)]
    const hasVersionField = dataFieldsOf(collection.fields).some(({ name }) => name === 'version')
    const inVersions =
      collection.versions && !hasVersionField
        ? own.map(({ field, sources }) => ({
            field: ['version', ...field],
            sources: sources.map((source) => ['version', ...source]),
          }))
        : []
    known = [...own, ...inVersions]
    dependenciesByCollection.set(collection, known)
  }
  return known
}

const readComputedSources: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { select } = args as { select?: Select }
  return select
    ? { ...args, select: withComputedSources(dependenciesOf(collection), select) }
    : args
}

/**
 * Adds `readComputedSources` to every collection with a computed field (declared with
 * `computedFrom`, or an upload collection's URLs), so a partial read (REST `select`, GraphQL's
 * select) computes those fields as a full read does. Goes last among the plugins, to see the
 * fields the others add.
 */
export const selectComputedSources =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      declaredDependencies(collection.fields).length > 0 || collection.upload
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeOperation: [...(collection.hooks?.beforeOperation ?? []), readComputedSources],
            },
          }
        : collection,
    ),
  })
