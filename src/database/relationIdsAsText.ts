import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

type Database = MigrateUpArgs['db']

/**
 * `value` with every reference Payload keeps inside JSON (`{ relationTo, value }`: rich-text
 * uploads, relationships and internal links, queued jobs' documents, polymorphic preferences) given
 * its ID as text, as the ID columns hold them after SQLite's IDs became text. Undefined when
 * nothing changed.
 */
export function relationIdsAsText(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(relationIdsAsText)
    return items.some((item) => item !== undefined)
      ? items.map((item, index) => item ?? value[index])
      : undefined
  }
  if (!value || typeof value !== 'object') return undefined
  const record = value as Record<string, unknown>
  let changed: Record<string, unknown> | undefined
  for (const [key, item] of Object.entries(record)) {
    const isReference = key === 'value' && typeof record.relationTo === 'string'
    const next = isReference && typeof item === 'number' ? String(item) : relationIdsAsText(item)
    if (next !== undefined) (changed ??= { ...record })[key] = next
  }
  return changed
}

type Row = Record<string, unknown>

/**
 * Rewrites, in every text column of every table, the JSON values that hold references with
 * numeric IDs (relationIdsAsText), and the user who queued a job (Payload's scheduled publishing
 * keeps `input.user` as a bare ID).
 */
export async function relationIdsInJsonAsText(db: Database): Promise<void> {
  const tables = (await db.all(
    sql.raw(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`),
  )) as Row[]
  for (const { name: table } of tables) {
    const columns = (await db.all(
      sql.raw(`SELECT name FROM pragma_table_info('${String(table)}') WHERE type LIKE 'text%'`),
    )) as Row[]
    for (const { name: column } of columns) {
      const rows = (await db.all(
        sql`SELECT rowid AS row, ${sql.identifier(String(column))} AS text FROM ${sql.identifier(String(table))} WHERE ${sql.identifier(String(column))} LIKE '%"relationTo"%'`,
      )) as Row[]
      for (const { row, text } of rows) {
        let parsed: unknown
        try {
          parsed = JSON.parse(String(text))
        } catch {
          continue
        }
        const rewritten = relationIdsAsText(parsed)
        if (rewritten === undefined) continue
        await db.run(
          sql`UPDATE ${sql.identifier(String(table))} SET ${sql.identifier(String(column))} = ${JSON.stringify(rewritten)} WHERE rowid = ${row}`,
        )
      }
    }
  }
  for (const table of ['payload_jobs', 'payload_jobs_log']) {
    await db.run(
      sql.raw(
        `UPDATE ${table} SET input = json_set(input, '$.user', CAST(json_extract(input, '$.user') AS TEXT)) WHERE json_valid(input) AND json_type(input, '$.user') = 'integer'`,
      ),
    )
  }
}
