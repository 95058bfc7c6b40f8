import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import * as tar from 'tar'

import { archiveFormat, type Manifest } from './archiveFormat'
import { idTypeOf } from './backupScope'
import { contentHashes } from './contentHashes'
import { bytesSha256 } from './mediaFiles'
import { mediaStores } from './mediaStores'
import { readAllContent } from './readContent'

function payloadVersion(): string {
  try {
    const file = path.resolve(process.cwd(), 'node_modules/payload/package.json')
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
  } catch {
    return 'unknown'
  }
}

export type ExportSummary = { file: string; documents: number; versions: number; files: number }

/**
 * Writes every document (every locale, drafts and version history included), every global and
 * every uploaded file (from the media folder or the S3 bucket) to one gzipped tar archive, with a
 * manifest of content hashes to check a restore against. The archive appears under its name only
 * once it is complete.
 */
export async function exportContent(payload: Payload, outputFile: string): Promise<ExportSummary> {
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-export-'))
  try {
    const content = await readAllContent(payload)
    const write = (relative: string, data: unknown) => {
      const file = path.join(staging, relative)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify(data))
    }
    for (const collection of content.collections) {
      write(archiveFormat.collectionFile(collection.slug), collection)
    }
    for (const global of content.globals) write(archiveFormat.globalFile(global.slug), global)

    const media: Manifest['media'] = []
    for (const store of mediaStores(payload)) {
      for (const file of await store.list()) {
        const bytes = await store.read(file)
        const target = path.join(staging, archiveFormat.mediaFolder(store.collection), file)
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.writeFileSync(target, bytes)
        media.push({
          collection: store.collection,
          file,
          bytes: bytes.length,
          sha256: bytesSha256(bytes),
        })
      }
    }

    const manifest: Manifest = {
      format: archiveFormat.name,
      formatVersion: archiveFormat.version,
      createdAt: new Date().toISOString(),
      source: {
        engine: payload.db.name,
        idType: idTypeOf(payload),
        payloadVersion: payloadVersion(),
      },
      collections: Object.fromEntries(
        content.collections.map(({ slug, documents, versions }) => [
          slug,
          { documents: documents.length, versions: versions.length },
        ]),
      ),
      globals: content.globals.filter(({ document }) => document).map(({ slug }) => slug),
      media,
      hashes: contentHashes(payload, content),
    }
    write(archiveFormat.manifest, manifest)

    const absolute = path.resolve(outputFile)
    fs.mkdirSync(path.dirname(absolute), { recursive: true })
    const partial = `${absolute}.partial`
    await tar.create({ gzip: true, file: partial, cwd: staging, portable: true }, ['.'])
    fs.renameSync(partial, absolute)
    return {
      file: absolute,
      documents: content.collections.reduce((sum, { documents }) => sum + documents.length, 0),
      versions: content.collections.reduce((sum, { versions }) => sum + versions.length, 0),
      files: media.length,
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
