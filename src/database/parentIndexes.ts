import { createHash } from 'node:crypto'
import type { DatabaseAdapterObj } from 'payload'

/**
 * The column that joins a side table back to its document, by the drizzle adapters' naming:
 * translations live in `<table>_locales` (`_parentID`), hasMany text and number fields in
 * `<table>_texts` / `<table>_numbers` (`parent`). Other side tables are indexed by Payload already.
 */
export function parentLookupColumn(tableName: string): string | undefined {
  if (tableName.endsWith('_locales')) return '_parentID'
  if (tableName.endsWith('_texts') || tableName.endsWith('_numbers')) return 'parent'
  return undefined
}

/** PostgreSQL cuts identifiers at 63 bytes; long names keep their start and gain a short hash. */
export function parentIndexName(tableName: string): string {
  const name = `${tableName}_parent_lookup_idx`
  if (name.length <= 63) return name
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8)
  return `${tableName.slice(0, 63 - 'parent_lookup_idx'.length - 10)}_${hash}_parent_lookup_idx`
}

type Table = Record<string, unknown>
/** drizzle's `index` of the adapter's dialect (pg-core's or sqlite-core's). */
type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }
type SchemaHookArgs = {
  extendTable: (args: {
    table: Table
    extraConfig: (table: Table) => Record<string, unknown>
  }) => void
  schema: { tables: Record<string, Table> }
}

/**
 * Every document read fetches its translations and hasMany texts by parent ID, but the adapters
 * index those tables by (locale, parent) and (order, parent) only, so each lookup scans the whole
 * table: a list of 10 got slower with every document added (measured 3x from 100 to 10,000).
 * Returns the adapter's afterSchemaInit hook that adds those indexes.
 */
function indexParentLookups(index: IndexBuilder) {
  return ({ extendTable, schema }: SchemaHookArgs) => {
    for (const [tableName, table] of Object.entries(schema.tables)) {
      const column = parentLookupColumn(tableName)
      if (!column || !table[column]) continue
      const name = parentIndexName(tableName)
      extendTable({
        table,
        extraConfig: (columns) => ({ [name]: index(name).on(columns[column] as never) }),
      })
    }
    return schema
  }
}

/**
 * Adds the parent-lookup indexes to a SQL adapter (SQLite, PostgreSQL), built with its dialect's
 * `index` (src/database/engines passes it, so only that engine's drizzle is loaded).
 */
export function withParentIndexes(
  adapterObj: DatabaseAdapterObj,
  index: IndexBuilder,
): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as ReturnType<DatabaseAdapterObj['init']> & {
        afterSchemaInit?: unknown[]
      }
      adapter.afterSchemaInit = [...(adapter.afterSchemaInit ?? []), indexParentLookups(index)]
      return adapter
    },
  }
}
