import type { DatabaseAdapterObj } from 'payload'

import { adapterOncePerProcess } from './oncePerProcess'
import type { DatabaseEngine } from './selectDatabaseEngine'

type DatabaseSettings = {
  engine: DatabaseEngine
  url: string
  statementTimeoutMs?: number
}

/**
 * The Payload database adapter that DATABASE_URL names (parsed by src/config), one per process
 * and database (oncePerProcess.ts says why).
 */
export function createDatabaseAdapter(settings: DatabaseSettings): Promise<DatabaseAdapterObj> {
  const { engine, url, statementTimeoutMs } = settings
  return adapterOncePerProcess({ engine, url, statementTimeoutMs }, buildDatabaseAdapter)
}

/**
 * Builds the adapter. Only that engine's module (src/database/engines) is loaded, and with it its
 * adapter package, drizzle and migrations: the three adapters together took about 0.6 s of a
 * start's CPU, and each process uses one (issue 15). Nothing else in the config imports them, so
 * Next's admin, handed the server's adapter, loads none of them.
 */
async function buildDatabaseAdapter({
  engine,
  url,
  statementTimeoutMs = 30_000,
}: DatabaseSettings): Promise<DatabaseAdapterObj> {
  if (engine === 'postgres') {
    const { postgresDatabase } = await import('./engines/postgres')
    return postgresDatabase(url, statementTimeoutMs)
  }
  if (engine === 'mongodb') {
    const { mongodbDatabase } = await import('./engines/mongodb')
    return mongodbDatabase(url)
  }
  const { sqliteDatabase } = await import('./engines/sqlite')
  return sqliteDatabase(url)
}
