import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { contentHashes } from '../../src/backup/contentHashes'
import { fileSha256, listFiles } from '../../src/backup/mediaFiles'
import { readAllContent } from '../../src/backup/readContent'
import { reviewAndPublish } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { bearer, signInAs } from '../helpers/staff'
import { createPartner, issueKey } from '../helpers/syndication'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { mediaFolderFor, runCli } from './runCli'

let server: TestServer
let sourceHashes: Record<string, string>
const archive = path.resolve(process.cwd(), `data/test/backup-${process.pid}.tar.gz`)
const targets: TestDatabase[] = []

/** Seeded content plus what a seed lacks: an image, a Spanish text, a draft over a published page. */
async function addEditorialHistory() {
  const { payload, baseUrl } = server
  const editor = await signInAs(payload, baseUrl, 'editor')
  const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#48a' } })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'room.jpg')
  form.append('_payload', JSON.stringify({ alt: 'The treatment room' }))
  const uploaded = await fetch(`${baseUrl}/api/media`, {
    method: 'POST',
    body: form,
    headers: bearer(editor),
  })
  expect(uploaded.status).toBe(201)
  const media = (await uploaded.json()).doc

  const { docs } = await payload.find({ collection: 'conditions', limit: 1, overrideAccess: true })
  const condition = docs[0]
  await payload.update({
    collection: 'conditions',
    id: condition.id,
    data: { image: media.id },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'conditions',
    id: condition.id,
    locale: 'es',
    data: { name: `${condition.name} (es)`, summary: 'Resumen en español.' },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'conditions',
    id: condition.id,
    data: { summary: 'An unpublished draft edit.' },
    draft: true,
    overrideAccess: true,
  })
}

/**
 * A real installation also holds partners, their keys, the change log and webhook deliveries,
 * whose required references (key → partner, delivery → partner and event) the restore must write
 * with the row itself.
 */
async function addSyndication() {
  const { payload, baseUrl } = server
  const admin = await signInAs(payload, baseUrl, 'admin')
  // No webhook URL: a delivery job running during the export would change what is exported.
  const partner = await createPartner(payload)
  expect((await issueKey(baseUrl, admin, partner.id)).status).toBe(201)
  const { docs } = await payload.find({ collection: 'faqs', limit: 1, overrideAccess: true })
  await reviewAndPublish(payload, 'faqs', docs[0].id)
  const events = await payload.find({
    collection: 'syndication-events',
    limit: 1,
    overrideAccess: true,
  })
  expect(events.docs.length).toBe(1)
  await payload.create({
    collection: 'webhook-deliveries',
    data: {
      partner: partner.id,
      event: events.docs[0].id,
      webhookId: 'msg_backup_test',
      eventType: 'content.published',
      url: 'https://partner.example/hooks',
      attempt: 1,
      outcome: 'delivered',
      responseStatus: 204,
    },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  server = await startTestServer()
  await seedSource(server.payload)
  await addEditorialHistory()
  await addSyndication()
  sourceHashes = contentHashes(server.payload, await readAllContent(server.payload))
  const exported = await runCli('src/cli/export.ts', [archive], process.env.DATABASE_URL!)
  expect(exported.stderr.match(/Export failed.*/)?.[0] ?? '').toBe('')
  expect(exported.code, `${exported.stdout}\n${exported.stderr}`.slice(-3000)).toBe(0)
}, 300_000)
afterAll(async () => {
  await server?.close()
  for (const target of targets) await target.drop()
  fs.rmSync(archive, { force: true })
})

/** Imports the archive into a fresh database of `engine`; returns it with the import's report. */
async function restoreInto(engine: string) {
  const target = await createTestDatabase(engine)
  targets.push(target)
  const report = `${archive}.${engine}.report.json`
  const imported = await runCli('src/cli/import.ts', [archive, '--report', report], target.url)
  expect(imported.stderr.match(/Import (failed|refused).*/)?.[0] ?? '').toBe('')
  expect(imported.code, `${imported.stdout}\n${imported.stderr}`.slice(-3000)).toBe(0)
  const printed = await runCli('test/backup/fixtures/contentHashes.ts', [report], target.url)
  const line = printed.stdout.split('\n').find((text) => text.startsWith('HASHES '))
  fs.rmSync(report, { force: true })
  return { target, hashes: JSON.parse(line!.slice('HASHES '.length)) as Record<string, string> }
}

function expectSameMedia(targetUrl: string) {
  const source = process.env.MEDIA_DIR!
  const target = mediaFolderFor(targetUrl)
  expect(listFiles(target)).toEqual(listFiles(source))
  for (const file of listFiles(source)) {
    expect(fileSha256(path.join(target, file))).toBe(fileSha256(path.join(source, file)))
  }
}

describe('export and import', () => {
  test('should write one archive holding documents, versions and media', () => {
    expect(fs.statSync(archive).size).toBeGreaterThan(0)
    expect(Object.keys(sourceHashes).some((key) => key.endsWith('#versions'))).toBe(true)
    expect(Object.keys(sourceHashes).some((key) => key.startsWith('media/'))).toBe(true)
  })

  test('should restore into an empty database with every content hash equal', async () => {
    const { target, hashes } = await restoreInto(process.env.TEST_DB_ENGINE ?? 'sqlite')
    expect(hashes).toEqual(sourceHashes)
    expectSameMedia(target.url)

    for (const slug of ['partner-keys', 'webhook-deliveries']) {
      expect(Object.keys(hashes).some((key) => key.startsWith(`${slug}/`))).toBe(true)
    }

    const again = await runCli('src/cli/import.ts', [archive], target.url)
    expect(again.code, again.stderr.slice(-3000)).toBe(3)
    expect(again.stderr).toMatch(
      /Import refused: The target database is not empty \(.*conditions: \d+.*DATABASE_URL/,
    )
  }, 240_000)

  test('should blame the media folder when only the media folder is in the way', async () => {
    const target = await createTestDatabase(process.env.TEST_DB_ENGINE ?? 'sqlite')
    targets.push(target)
    const folder = mediaFolderFor(target.url)
    fs.mkdirSync(folder, { recursive: true })
    fs.writeFileSync(path.join(folder, 'left-behind.webp'), 'not empty')
    const refused = await runCli('src/cli/import.ts', [archive], target.url)
    expect(refused.code, refused.stderr.slice(-3000)).toBe(3)
    expect(refused.stderr).toMatch(/media folder is not empty.*MEDIA_DIR/)
    expect(refused.stderr).not.toMatch(/database is not empty/)
  }, 120_000)

  test.runIf(process.env.TEST_DB_ENGINE === 'sqlite' && process.env.TEST_POSTGRES_URL)(
    'should restore a SQLite backup into PostgreSQL with every content hash equal',
    async () => {
      const { target, hashes } = await restoreInto('postgres')
      expect(hashes).toEqual(sourceHashes)
      expectSameMedia(target.url)
    },
    240_000,
  )
})
