export type DatabaseEngine = 'sqlite' | 'postgres' | 'mongodb'

export const defaultDatabaseUrl = 'file:./data/cms.db'

/** Chooses the database engine from DATABASE_URL's scheme; an unset URL means embedded SQLite. */
export function selectDatabaseEngine(databaseUrl: string | undefined): {
  engine: DatabaseEngine
  url: string
} {
  const url = databaseUrl?.trim() || defaultDatabaseUrl
  if (url.startsWith('file:') || url.startsWith('libsql:')) return { engine: 'sqlite', url }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    return { engine: 'postgres', url }
  }
  if (url.startsWith('mongodb://') || url.startsWith('mongodb+srv://')) {
    return { engine: 'mongodb', url }
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite), postgres:// (PostgreSQL) or mongodb:// (MongoDB); got "${url.split(':')[0]}:".`,
  )
}
