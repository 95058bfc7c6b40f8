import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'

import { contentHashes } from '../../src/backup/contentHashes'
import { bytesSha256, fileSha256, listFiles } from '../../src/backup/mediaFiles'
import { readAllContent } from '../../src/backup/readContent'
import { reviewAndPublish } from '../helpers/review'
import { seedSource } from '../helpers/seeded'
import { signInAs } from '../helpers/staff'
import { createTestDatabase, type TestDatabase } from '../helpers/testDatabase'
import { startTestServer, type TestServer } from '../helpers/testServer'
import { uploadImage } from '../reviewGate/gateFixture'
import { startLocalS3, type LocalS3 } from '../media/s3Server'
import { mediaFolderFor, runCli } from './runCli'

/** Backups of an installation whose images live in an S3 bucket: out of it, and back into one. */
let source: LocalS3
let restored: LocalS3
let server: TestServer
let sourceHashes: Record<string, string>
const engine = process.env.TEST_DB_ENGINE ?? 'sqlite'
const archive = path.resolve(process.cwd(), `data/test/s3-backup-${process.pid}.tar.gz`)
const targets: TestDatabase[] = []
// Blank values count as unset: the restore keeps its images in MEDIA_DIR.
const onDisk = Object.fromEntries(
  [
    'MEDIA_S3_BUCKET',
    'MEDIA_S3_ENDPOINT',
    'MEDIA_S3_ACCESS_KEY_ID',
    'MEDIA_S3_SECRET_ACCESS_KEY',
  ].map((name) => [name, '']),
)

async function bucketHashes(s3: LocalS3) {
  const hashes: Record<string, string> = {}
  for (const key of await s3.keys()) hashes[key] = bytesSha256(await s3.read(key))
  return hashes
}

async function restoreInto(env: Record<string, string>) {
  const target = await createTestDatabase(engine)
  targets.push(target)
  const report = `${archive}.${targets.length}.report.json`
  const imported = await runCli('src/cli/import.ts', [archive, '--report', report], target.url, env)
  expect(imported.stderr.match(/Import (failed|refused).*/)?.[0] ?? '').toBe('')
  expect(imported.code, `${imported.stdout}\n${imported.stderr}`.slice(-3000)).toBe(0)
  const printed = await runCli('test/backup/fixtures/contentHashes.ts', [report], target.url, env)
  const line = printed.stdout.split('\n').find((text) => text.startsWith('HASHES '))
  fs.rmSync(report, { force: true })
  return { target, hashes: JSON.parse(line!.slice('HASHES '.length)) as Record<string, string> }
}

beforeAll(async () => {
  source = await startLocalS3('source-media')
  restored = await startLocalS3('restored-media')
  Object.assign(process.env, source.env)
  server = await startTestServer()
  await seedSource(server.payload)
  const editor = await signInAs(server.payload, server.baseUrl, 'editor')
  const uploaded = await uploadImage(server.baseUrl, editor, 'Injection points')
  expect(uploaded.status).toBe(201)
  const { docs } = await server.payload.find({ collection: 'conditions', limit: 1 })
  await reviewAndPublish(server.payload, 'conditions', docs[0].id, { image: uploaded.body.doc.id })
  sourceHashes = contentHashes(server.payload, await readAllContent(server.payload))
  const exported = await runCli('src/cli/export.ts', [archive], process.env.DATABASE_URL!)
  expect(exported.code, `${exported.stdout}\n${exported.stderr}`.slice(-3000)).toBe(0)
}, 300_000)

afterAll(async () => {
  await server?.close()
  for (const target of targets) await target.drop()
  await source?.close()
  await restored?.close()
  fs.rmSync(archive, { force: true })
})

describe('backups of images kept in S3', () => {
  test('should restore into an empty bucket with every content hash and every object equal', async () => {
    expect((await source.keys()).length).toBeGreaterThan(0)
    const { hashes } = await restoreInto(restored.env)
    expect(hashes).toEqual(sourceHashes)
    expect(await bucketHashes(restored)).toEqual(await bucketHashes(source))
  }, 240_000)

  test('should restore an S3 installation onto a server that keeps images on disk', async () => {
    const { target, hashes } = await restoreInto(onDisk)
    expect(hashes).toEqual(sourceHashes)
    const folder = mediaFolderFor(target.url)
    const files = Object.fromEntries(
      listFiles(folder).map((file) => [file, fileSha256(path.join(folder, file))]),
    )
    expect(files).toEqual(await bucketHashes(source))
  }, 240_000)

  test('should name the bucket, not the database, when only the bucket is in the way', async () => {
    const target = await createTestDatabase(engine)
    targets.push(target)
    const refused = await runCli('src/cli/import.ts', [archive], target.url, restored.env)
    expect(refused.code, refused.stderr.slice(-3000)).toBe(3)
    expect(refused.stderr).toMatch(/media bucket is not empty.*restored-media.*MEDIA_S3_BUCKET/)
    expect(refused.stderr).not.toMatch(/database is not empty|DATABASE_URL/)
  }, 120_000)
})
