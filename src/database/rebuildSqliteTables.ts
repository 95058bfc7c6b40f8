import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'

type Database = MigrateUpArgs['db']

/** One table drizzle-kit rebuilds: its new definition and the columns it copies over. */
type Rebuild = { table: string; create: string; columns: string }

const createNew = /^CREATE TABLE `__new_(\w+)`/
const copyRows = /^INSERT INTO `__new_(\w+)`\(([^)]*)\) SELECT/
const createIndex = /^CREATE (UNIQUE )?INDEX /
/** drizzle-kit's own steps of a rebuild, replaced by the ones below. */
const replacedSteps = [/^DROP TABLE `\w+`;$/, /^ALTER TABLE `__new_\w+` RENAME TO/, /^PRAGMA /]

/**
 * Runs a migration drizzle-kit wrote as SQLite table rebuilds (a column's type cannot change in
 * place), without losing rows.
 *
 * drizzle-kit rebuilds one table at a time (create `__new_x`, copy, drop `x`, rename) between
 * `PRAGMA foreign_keys=OFF` and `=ON`. Payload runs each migration inside a transaction, where
 * SQLite ignores that pragma, and libsql turns foreign keys on: dropping `x` then deletes `x`'s
 * rows first, and every `ON DELETE cascade` / `set null` reference to them, in tables already
 * rebuilt, fires. Rebuilding `conditions` would empty its translations, versions and relations.
 *
 * So every table is first renamed out of the way (SQLite rewrites the references to it in the
 * other old tables), the new tables are created under their real names and filled, and the old
 * tables are dropped last, each before the tables it references: their deletes reach only each
 * other. Foreign keys are checked at commit.
 * Tables drizzle-kit leaves alone but whose references point at a rebuilt table are rebuilt as
 * they are, or the rename would leave them pointing at the old copy.
 */
export async function rebuildSqliteTables(db: Database, statements: string[]): Promise<void> {
  const rebuilds = new Map<string, Rebuild>()
  const indexes: string[] = []
  const others: string[] = []
  for (const statement of statements.map((text) => text.trim())) {
    const created = createNew.exec(statement)
    const copied = copyRows.exec(statement)
    if (created) {
      rebuilds.set(created[1], { table: created[1], create: statement, columns: '' })
    } else if (copied) {
      rebuilds.get(copied[1])!.columns = copied[2]
    } else if (createIndex.test(statement)) {
      indexes.push(statement)
    } else if (!replacedSteps.some((step) => step.test(statement))) {
      others.push(statement)
    }
  }
  for (const dependent of await dependentTables(db, new Set(rebuilds.keys()))) {
    rebuilds.set(dependent.table, dependent)
    indexes.push(...(await indexDefinitions(db, dependent.table)))
  }
  const tables = [...rebuilds.values()]

  await db.run(sql.raw('PRAGMA defer_foreign_keys = ON'))
  for (const { table } of tables) {
    await db.run(sql.raw(`ALTER TABLE \`${table}\` RENAME TO \`__old_${table}\``))
  }
  for (const { table, create } of tables) {
    await db.run(sql.raw(create))
    await db.run(sql.raw(`ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\``))
  }
  // A TEXT column stores the integer 5 as the text '5' (SQLite's type affinity): every ID and
  // reference keeps its value, as a decimal string. Columns the old table lacks (drizzle-kit lists
  // a column added in the same migration as if it were there) start with their default.
  for (const { table, columns } of tables) {
    const existing = new Set(
      (await rowsOf(db, `SELECT name FROM pragma_table_info('__old_${table}')`)).map(({ name }) =>
        String(name),
      ),
    )
    const copied = columns
      .split(',')
      .map((column) => column.trim())
      .filter((column) => existing.has(column.replace(/^"|"$/g, '')))
      .join(', ')
    await db.run(
      sql.raw(`INSERT INTO \`${table}\`(${copied}) SELECT ${copied} FROM \`__old_${table}\``),
    )
  }
  for (const table of await referencingFirst(
    db,
    tables.map(({ table }) => `__old_${table}`),
  )) {
    await db.run(sql.raw(`DROP TABLE \`${table}\``))
  }
  for (const statement of others) await db.run(sql.raw(statement))
  for (const statement of indexes) await db.run(sql.raw(statement))
  await assertReferencesHold(db)
}

type Row = Record<string, unknown>
const rowsOf = async (db: Database, query: string): Promise<Row[]> =>
  (await db.all(sql.raw(query))) as Row[]

/** Tables outside the rebuild whose foreign keys reach a rebuilt table, directly or not. */
async function dependentTables(db: Database, rebuilt: Set<string>): Promise<Rebuild[]> {
  const tables = await rowsOf(
    db,
    `SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
  )
  const reached = new Set(rebuilt)
  const dependents: Rebuild[] = []
  let grew = true
  while (grew) {
    grew = false
    for (const { name, sql: definition } of tables) {
      const table = String(name)
      if (reached.has(table)) continue
      const targets = await rowsOf(db, `SELECT "table" FROM pragma_foreign_key_list('${table}')`)
      if (!targets.some((target) => reached.has(String(target.table)))) continue
      const columns = await rowsOf(db, `SELECT name FROM pragma_table_info('${table}')`)
      dependents.push({
        table,
        create: String(definition).replace(
          /^CREATE TABLE [`"]?\w+[`"]?/,
          `CREATE TABLE \`__new_${table}\``,
        ),
        columns: columns.map((column) => `"${String(column.name)}"`).join(', '),
      })
      reached.add(table)
      grew = true
    }
  }
  return dependents
}

/**
 * The tables in an order where each comes before the tables it references: dropping a table that
 * still has referencing rows deletes them (foreign keys stay on), and SQLite then needs every table
 * those rows reference to exist. Fails on a cycle of references, which Payload's schema has none of.
 */
async function referencingFirst(db: Database, tables: string[]): Promise<string[]> {
  const references = new Map<string, Set<string>>()
  for (const table of tables) {
    const targets = await rowsOf(db, `SELECT "table" FROM pragma_foreign_key_list('${table}')`)
    references.set(table, new Set(targets.map((target) => String(target.table))))
  }
  const ordered: string[] = []
  const remaining = new Set(tables)
  while (remaining.size > 0) {
    const unreferenced = [...remaining].filter(
      (table) =>
        ![...remaining].some((other) => other !== table && references.get(other)!.has(table)),
    )
    if (unreferenced.length === 0) {
      throw new Error(`These tables reference each other in a cycle: ${[...remaining].join(', ')}.`)
    }
    for (const table of unreferenced) {
      ordered.push(table)
      remaining.delete(table)
    }
  }
  return ordered
}

async function indexDefinitions(db: Database, table: string): Promise<string[]> {
  const rows = await rowsOf(
    db,
    `SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '${table}' AND sql IS NOT NULL`,
  )
  return rows.map((row) => String(row.sql))
}

/** Fails the migration (and so rolls it back) if any reference lost its document. */
async function assertReferencesHold(db: Database): Promise<void> {
  const broken = await rowsOf(db, 'SELECT * FROM pragma_foreign_key_check')
  const stale = await rowsOf(
    db,
    `SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE '\\_\\_old\\_%' ESCAPE '\\' OR sql LIKE '%"\\_\\_old\\_%' ESCAPE '\\' OR sql LIKE '%\`\\_\\_old\\_%' ESCAPE '\\')`,
  )
  if (broken.length > 0 || stale.length > 0) {
    throw new Error(
      `Rebuilding the tables broke ${broken.length} references (${JSON.stringify(broken.slice(0, 5))}) and left ${stale.length} tables pointing at old copies.`,
    )
  }
}
