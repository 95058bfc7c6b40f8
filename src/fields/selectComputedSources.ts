import type { Block, CollectionBeforeOperationHook, Config, Field, Plugin } from 'payload'
import { getSelectMode } from 'payload/shared'

import { computedSourcesOf } from './computedFrom'

/** Payload's `select`: true/false per field, an object for a group's, array's or block's fields. */
export type Select = { [field: string]: boolean | Select }

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

/** The select one level down: a group's, array's or tab's fields, or each block's. */
function nested(
  field: DataField,
  select: Select,
  visit: (fields: Field[], select: Select) => Select,
) {
  if (field.fields) return visit(field.fields, select)
  if (!field.blocks) return select
  const result: Select = { ...select }
  for (const block of field.blocks) {
    const chosen = result[block.slug]
    if (typeof chosen === 'object') result[block.slug] = visit(block.fields, chosen)
  }
  return result
}

/** Select "only these": a chosen computed field brings the siblings it is computed from. */
function includeSources(fields: Field[], select: Select): Select {
  const result: Select = { ...select }
  for (const field of dataFieldsOf(fields)) {
    const chosen = result[field.name]
    if (chosen === true) for (const source of field.sources ?? []) result[source] = true
    else if (typeof chosen === 'object') result[field.name] = nested(field, chosen, includeSources)
  }
  return result
}

/** Select "all but these": a kept computed field keeps the siblings it is computed from. */
function keepSources(fields: Field[], select: Select): Select {
  const result: Select = { ...select }
  for (const field of dataFieldsOf(fields)) {
    const chosen = result[field.name]
    if (typeof chosen === 'object') {
      const kept = nested(field, chosen, keepSources)
      // Nothing left out inside: the whole field is kept (an empty object would select nothing).
      if (Object.keys(kept).length > 0) result[field.name] = kept
      else delete result[field.name]
    } else if (chosen === undefined) for (const source of field.sources ?? []) delete result[source]
  }
  return result
}

/**
 * The select a read should run with so every computed field it returns is computed from the values
 * a full read would give it: the sources its `computedFrom` names are read too (in "only these"
 * mode), or not left out (in "all but these" mode). Those extra fields appear in a REST answer.
 * Undefined (a full read) when an "all but these" select has nothing left to leave out.
 */
export function withComputedSources(fields: Field[], select: Select): Select | undefined {
  if (getSelectMode(select as never) !== 'exclude') return includeSources(fields, select)
  const kept = keepSources(fields, select)
  return Object.keys(kept).length > 0 ? kept : undefined
}

/** Whether any field, at any depth, declares what it is computed from. */
function declaresSources(fields: Field[]): boolean {
  return dataFieldsOf(fields).some(
    (field) =>
      (field.sources?.length ?? 0) > 0 ||
      (field.fields !== undefined && declaresSources(field.fields)) ||
      (field.blocks ?? []).some((block) => declaresSources(block.fields)),
  )
}

const readComputedSources: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { select } = args as { select?: Select }
  return select ? { ...args, select: withComputedSources(collection.fields, select) } : args
}

/**
 * Adds `readComputedSources` to every collection with a computed field that declares its sources,
 * so a partial read (REST `select`, GraphQL's select) computes those fields as a full read does.
 * Goes last among the plugins, to see the fields the others add.
 */
export const selectComputedSources =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      declaresSources(collection.fields)
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
