import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'

export type TestDatabase = { url: string; drop: () => Promise<void> }

const uniqueName = () => `cms_test_${Date.now()}_${randomBytes(4).toString('hex')}`

/**
 * A fresh, empty database for one test file on the engine TEST_DB_ENGINE names, so test files can
 * run in parallel without seeing each other's documents.
 */
export async function createTestDatabase(
  engine = process.env.TEST_DB_ENGINE ?? 'sqlite',
): Promise<TestDatabase> {
  const name = uniqueName()

  if (engine === 'postgres') {
    const serverUrl = requireEnv('TEST_POSTGRES_URL')
    await withPgClient(serverUrl, (client) => client.query(`create database ${name}`))
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: () =>
        withPgClient(serverUrl, (client) =>
          client.query(`drop database if exists ${name} with (force)`),
        ).then(() => undefined),
    }
  }

  if (engine === 'mongodb') {
    const url = new URL(requireEnv('TEST_MONGODB_URL'))
    url.pathname = `/${name}`
    return { url: url.toString(), drop: async () => undefined }
  }

  const folder = path.resolve(process.cwd(), 'data/test')
  fs.mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `${name}.db`)
  return {
    url: `file:${file}`,
    drop: async () => {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
    },
  }
}

function requireEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} must be set to run the ${process.env.TEST_DB_ENGINE} suite.`)
  return value
}

async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}
