/**
 * `npm run migrate:create -- <name>`: writes a migration for each SQL engine from the current
 * schema, against throwaway databases. PostgreSQL needs a server: set TEST_POSTGRES_URL.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

import { childProcessEnvironment, toolingConfiguration } from '../config'

const name = process.argv[2] ?? 'schema'
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'migrations-'))

function create(databaseUrl: string) {
  const result = spawnSync('npx', ['payload', 'migrate:create', name, '--skipEmpty'], {
    stdio: 'inherit',
    env: childProcessEnvironment({ DATABASE_URL: databaseUrl, NODE_ENV: 'development' }),
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

create(`file:${path.join(scratch, 'migrations.db')}`)

const serverUrl = toolingConfiguration().testPostgresUrl
if (!serverUrl) {
  console.log(
    'PostgreSQL migration not written: set TEST_POSTGRES_URL=postgres://... and run again.',
  )
} else {
  const database = `cms_migrations_${process.pid}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  await admin.query(`create database ${database}`)
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  try {
    create(url.toString())
  } finally {
    await admin.query(`drop database if exists ${database} with (force)`)
    await admin.end()
  }
}
fs.rmSync(scratch, { recursive: true, force: true })
