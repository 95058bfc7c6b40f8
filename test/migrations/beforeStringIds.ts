/**
 * The server as it was before IDs became text on SQLite, in its own process: builds the database
 * DATABASE_URL names with the migrations committed before `string_ids` and integer IDs, seeds it,
 * adds what the seed does not make (staff, a partner with a key, an admin preference, a document
 * lock, a queued scheduled publish, a reference inside rich text), then prints what REST answers an admin for every collection,
 * version history and global, as `SNAPSHOT <json>`.
 */
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getPayload, type SanitizedConfig } from 'payload'

import config from '../../payload.config'
import { withSerialisedWrites } from '../../src/database/serialisedWrites'
import { migrations } from '../../src/migrations/sqlite/index'
import { runSeed } from '../../src/seed/runSeed'
import { createRequestPipeline } from '../../src/server/pipeline'
import { createPartner } from '../helpers/syndication'
import { previousAdmin, readEverything, stringIdsMigration } from './snapshot'

const current = await config
// Before this upgrade the clinic's disclaimer had one text, not one per language.
const oneDisclaimer = <T extends object>(fields: T[]): T[] =>
  fields.map((field) =>
    'name' in field && field.name === 'medicalDisclaimer' ? { ...field, localized: false } : field,
  )
const before: SanitizedConfig = {
  ...current,
  globals: current.globals.map((global) =>
    global.slug === 'clinic-settings'
      ? ({
          ...global,
          fields: oneDisclaimer(global.fields),
          flattenedFields: oneDisclaimer(global.flattenedFields),
        } as typeof global)
      : global,
  ),
  // Set up as createDatabaseAdapter.ts sets up every server we ship: WAL, the busy timeout, writes
  // taking turns. Without them a jobs cron's transaction, begun at the turn of a minute, held a
  // read lock while the sign-in committed, and the commit failed with "database is locked" (CI,
  // stop 31: the sign-in answered 200, as the drizzle adapter then hid failed commits, and the
  // next request 401; test/database/commitFailure.int.test.ts).
  db: withSerialisedWrites(
    sqliteAdapter({
      client: { url: process.env.DATABASE_URL! },
      transactionOptions: {},
      wal: true,
      busyTimeout: 5000,
      autoIncrement: true,
      prodMigrations: migrations.filter(({ name }) => name < stringIdsMigration),
    }),
  ) as SanitizedConfig['db'],
}
const payload = await getPayload({ config: before })
if (payload.db.defaultIDType !== 'number') throw new Error('The old server must use integer IDs.')

await runSeed(payload)
const admin = await payload.create({
  collection: 'users',
  data: { ...previousAdmin, roles: ['admin'] },
  overrideAccess: true,
})
await payload.create({
  collection: 'users',
  data: { email: 'editor@clinic.test', password: 'editor-password', roles: ['editor'] },
  overrideAccess: true,
})
const partner = await createPartner(payload)
const { docs: conditions } = await payload.find({ collection: 'conditions', limit: 1 })
await payload.create({
  collection: 'payload-locked-documents',
  data: {
    document: { relationTo: 'conditions', value: conditions[0].id },
    user: { relationTo: 'users', value: admin.id },
  },
  overrideAccess: true,
})

// A reference inside rich text: a FAQ answer that links a condition.
const { docs: faqs } = await payload.find({ collection: 'faqs', limit: 1, locale: 'en' })
const answer = faqs[0].answer as { root: { children: unknown[] } }
await payload.update({
  collection: 'faqs',
  id: faqs[0].id,
  locale: 'en',
  data: {
    answer: {
      ...answer,
      root: {
        ...answer.root,
        children: [
          ...answer.root.children,
          {
            type: 'relationship',
            relationTo: 'conditions',
            value: conditions[0].id,
            format: '',
            version: 2,
          },
        ],
      },
    },
  } as never,
  overrideAccess: true,
})

const pipeline = createRequestPipeline({
  payload,
  publicOrigin: 'http://localhost',
  responseCache: false,
})
const server = createServer(pipeline.listener).listen(0, '127.0.0.1')
await new Promise<void>((resolve) => server.once('listening', resolve))
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

const login = await fetch(`${baseUrl}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(previousAdmin),
})
const { token } = (await login.json()) as { token: string }
const authorization = `JWT ${token}`
const keyIssued = await fetch(`${baseUrl}/api/partners/${partner.id}/keys`, {
  method: 'POST',
  headers: { authorization, 'content-type': 'application/json' },
  body: '{}',
})
if (!keyIssued.ok) throw new Error(`issuing a key failed: ${keyIssued.status}`)
const preference = await fetch(`${baseUrl}/api/payload-preferences/conditions-list`, {
  method: 'POST',
  headers: { authorization, 'content-type': 'application/json' },
  body: JSON.stringify({ value: { columns: [{ accessor: 'name', active: true }] } }),
})
if (!preference.ok) throw new Error(`saving a preference failed: ${preference.status}`)
await payload.jobs.queue({
  task: 'schedulePublish',
  input: {
    type: 'publish',
    doc: { relationTo: 'conditions', value: conditions[0].id },
    user: admin.id,
  },
  waitUntil: new Date(Date.now() + 30 * 86_400_000),
} as never)

const snapshot = await readEverything(baseUrl, authorization, payload)
console.log(`SNAPSHOT ${JSON.stringify(snapshot)}`)
await new Promise<void>((resolve) => server.close(() => resolve()))
await payload.destroy()
process.exit(0)
