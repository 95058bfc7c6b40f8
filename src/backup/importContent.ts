import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CollectionSlug, GlobalSlug, Payload } from 'payload'
import * as tar from 'tar'

import { archiveFormat, type Manifest } from './archiveFormat'
import { idKindOf } from '../database/idKind'
import { collectionsToBackUp, globalsToBackUp, localeCodesOf } from './backupScope'
import { contentHashes } from './contentHashes'
import { differingFields } from './differingFields'
import { bytesSha256 } from './mediaFiles'
import { mediaStores, type MediaStore } from './mediaStores'
import { readAllContent, type CollectionContent, type GlobalContent } from './readContent'
import { reverseIdMap, type IdMap } from './idMap'
import { remapReferences } from './remapReferences'
import { restoreOrder } from './restoreOrder'

/** What a bucket tells readers a file is: uploads are images (collections/Media.ts). */
const imageTypes: Record<string, string> = {
  '.webp': 'image/webp',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
}
const imageTypeOf = (file: string) => imageTypes[path.extname(file).toLowerCase()]

export class ImportRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportRefused'
  }
}

export type ImportSummary = {
  documents: number
  versions: number
  files: number
  /** Source ID → restored ID per collection; identical unless the engines' IDs differ. */
  idMap: IdMap
  /** The source's ID type ('number': SQLite before IDs became text), to read idMap's keys. */
  sourceIdType: string
}

type Obstacles = { documents: string[]; stores: { store: MediaStore; count: number }[] }

/** What the target already holds; a restore goes into an empty database and media store only. */
async function existingContent(payload: Payload, stores: MediaStore[]): Promise<Obstacles> {
  const found: string[] = []
  for (const { slug } of collectionsToBackUp(payload)) {
    const { totalDocs } = await payload.db.count({ collection: slug as CollectionSlug })
    if (totalDocs > 0) found.push(`${slug}: ${totalDocs}`)
  }
  for (const { slug } of globalsToBackUp(payload)) {
    const document = (await payload.db.findGlobal({ slug: slug as GlobalSlug })) as Record<
      string,
      unknown
    > | null
    if (document && 'id' in document && document.id !== undefined) found.push(`global ${slug}`)
  }
  const occupied: Obstacles['stores'] = []
  for (const store of stores) {
    const count = (await store.list()).length
    if (count > 0) occupied.push({ store, count })
  }
  return { documents: found, stores: occupied }
}

/** Names what stands in the way: the database, the media folder or bucket, or both. */
function notEmptyMessage({ documents, stores }: Obstacles): string {
  const advice: string[] = []
  if (documents.length > 0) {
    advice.push(
      `The target database is not empty (${documents.join(', ')}): create a new database and point DATABASE_URL at it.`,
    )
  }
  for (const { store, count } of stores) {
    const kind = store.setting === 'MEDIA_DIR' ? 'folder' : 'bucket'
    advice.push(
      `The media ${kind} is not empty (${count} files of ${store.collection} in ${store.description}): point ${store.setting} at a new, empty ${kind}${documents.length === 0 ? ' (the database itself is empty; another installation may share this ' + kind + ')' : ''}.`,
    )
  }
  return `${advice.join(' ')} A backup is restored into an empty database and media store only, so nothing is overwritten.`
}

function readManifest(folder: string): Manifest {
  const file = path.join(folder, archiveFormat.manifest)
  if (!fs.existsSync(file)) {
    throw new ImportRefused(
      'The archive has no manifest.json: it is not a backup made by npm run export.',
    )
  }
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest
  if (manifest.format !== archiveFormat.name || manifest.formatVersion > archiveFormat.version) {
    throw new ImportRefused(
      `The archive is "${manifest.format}" version ${manifest.formatVersion}; this version reads "${archiveFormat.name}" up to version ${archiveFormat.version}.`,
    )
  }
  return manifest
}

/**
 * The IDs restored documents get: the same IDs wherever the target can hold them, so links by ID
 * keep working (SQLite's text IDs hold UUIDs and the whole numbers of older SQLite databases,
 * PostgreSQL's only UUIDs); otherwise new ones of the target's kind.
 */
function planIds(payload: Payload, collections: CollectionContent[]) {
  const { pattern } = idKindOf(payload.db.name)
  const idMap: ImportSummary['idMap'] = {}
  for (const { slug, documents } of collections) {
    idMap[slug] = {}
    for (const { id } of documents) {
      idMap[slug][String(id)] = pattern.test(String(id)) ? String(id) : randomUUID()
    }
  }
  const toTarget = (collection: string, id: unknown) =>
    id === null || id === undefined ? id : (idMap[collection]?.[String(id)] ?? id)
  return { idMap, toTarget }
}

/**
 * Restores an archive made by exportContent into an empty database, in one transaction: documents
 * first without their references (they may point at documents not yet written), then the
 * references, the version histories, the globals; then the files, and a check that every
 * document's content hash equals the one recorded at export.
 */
export async function importContent(payload: Payload, archive: string): Promise<ImportSummary> {
  if (!fs.existsSync(archive)) throw new ImportRefused(`No archive at ${path.resolve(archive)}.`)
  const stores = mediaStores(payload)
  const existing = await existingContent(payload, stores)
  if (existing.documents.length > 0 || existing.stores.length > 0) {
    throw new ImportRefused(notEmptyMessage(existing))
  }

  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cms-import-'))
  try {
    await tar.extract({ file: archive, cwd: staging })
    const manifest = readManifest(staging)
    const readJson = <T>(relative: string): T | null => {
      const file = path.join(staging, relative)
      return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : null
    }
    const order = restoreOrder(
      collectionsToBackUp(payload).map(({ slug, flattenedFields }) => ({
        slug,
        fields: flattenedFields,
      })),
    )
    const collections = order
      .map((slug) => readJson<CollectionContent>(archiveFormat.collectionFile(slug)))
      .filter((content): content is CollectionContent => content !== null)
    const globals = globalsToBackUp(payload)
      .map(({ slug }) => readJson<GlobalContent>(archiveFormat.globalFile(slug)))
      .filter((content): content is GlobalContent => content !== null)

    const { idMap, toTarget } = planIds(payload, collections)
    const localeCodes = localeCodesOf(payload)
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID } as never
    // References to collections not written yet (later in the order, or the same collection) are
    // left out of the first pass and written by the second.
    const notYetWritten = (slug: string) => {
      const position = order.indexOf(slug)
      return (target: string) => order.indexOf(target) >= position
    }
    try {
      for (const { slug, documents } of collections) {
        const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
        const strip = notYetWritten(slug)
        for (const { id, ...data } of documents) {
          await payload.db.create({
            collection: slug as CollectionSlug,
            customID: toTarget(slug, id) as string | number,
            data: remapReferences(fields, data, toTarget, { localeCodes, strip }),
            req,
            returning: false,
          })
        }
      }
      for (const { slug, documents } of collections) {
        const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
        const strip = notYetWritten(slug)
        for (const { id, ...data } of documents) {
          const withReferences = remapReferences(fields, data, toTarget, { localeCodes })
          const stripped = remapReferences(fields, data, toTarget, { localeCodes, strip })
          if (JSON.stringify(withReferences) === JSON.stringify(stripped)) continue
          await payload.db.updateOne({
            collection: slug as CollectionSlug,
            id: toTarget(slug, id) as string | number,
            data: withReferences,
            req,
            returning: false,
          })
        }
      }
      for (const { slug, versions } of collections) {
        const fields = payload.collections[slug as CollectionSlug].config.flattenedFields
        for (const { parent, version, ...meta } of versions) {
          await payload.db.createVersion({
            collectionSlug: slug as CollectionSlug,
            parent: toTarget(slug, parent) as string | number,
            versionData: remapReferences(fields, version, toTarget, { localeCodes }) as never,
            autosave: Boolean(meta.autosave),
            createdAt: meta.createdAt ?? new Date().toISOString(),
            updatedAt: meta.updatedAt ?? new Date().toISOString(),
            publishedLocale: meta.publishedLocale,
            snapshot: meta.snapshot || undefined,
            req,
            returning: false,
          })
        }
      }
      for (const { slug, document, versions } of globals) {
        const fields = payload.globals.config.find(
          (global) => global.slug === slug,
        )!.flattenedFields
        if (document) {
          const { id: _id, ...data } = document
          const restored = remapReferences(fields, data, toTarget, { localeCodes })
          await payload.db.createGlobal({
            slug: slug as GlobalSlug,
            data: { ...restored },
            req,
            returning: false,
          })
          // createGlobal stamps its own createdAt; put the original timestamps back.
          await payload.db.updateGlobal({
            slug: slug as GlobalSlug,
            data: { createdAt: restored.createdAt, updatedAt: restored.updatedAt },
            req,
            returning: false,
          })
        }
        for (const { version, parent: _parent, ...meta } of versions) {
          await payload.db.createGlobalVersion({
            globalSlug: slug as GlobalSlug,
            versionData: remapReferences(fields, version, toTarget, { localeCodes }) as never,
            autosave: Boolean(meta.autosave),
            createdAt: meta.createdAt ?? new Date().toISOString(),
            updatedAt: meta.updatedAt ?? new Date().toISOString(),
            publishedLocale: meta.publishedLocale,
            snapshot: meta.snapshot || undefined,
            req,
            returning: false,
          })
        }
      }
      if (transactionID) await payload.db.commitTransaction(transactionID)
    } catch (error) {
      if (transactionID) await payload.db.rollbackTransaction(transactionID)
      throw error
    }

    const storeOf = new Map(stores.map((store) => [store.collection, store]))
    for (const { collection, file, sha256 } of manifest.media) {
      const store = storeOf.get(collection)
      if (!store) continue
      const bytes = fs.readFileSync(path.join(staging, archiveFormat.mediaFolder(collection), file))
      if (bytesSha256(bytes) !== sha256)
        throw new Error(`The archive's copy of ${file} is damaged.`)
      await store.write(file, bytes, imageTypeOf(file))
    }

    const toSource = reverseIdMap(idMap, manifest.source.idType)
    const restoredContent = await readAllContent(payload)
    const restored = contentHashes(payload, restoredContent, toSource)
    const differing = Object.keys(manifest.hashes).filter(
      (key) => restored[key] !== manifest.hashes[key],
    )
    if (differing.length > 0) {
      const named = differing
        .slice(0, 10)
        .map((key) =>
          differingFields(payload, key, collections, restoredContent.collections, toSource),
        )
      throw new Error(
        `Restored, but ${differing.length} documents differ from the backup: ${named.join(', ')}.`,
      )
    }
    return {
      documents: collections.reduce((sum, { documents }) => sum + documents.length, 0),
      versions: collections.reduce((sum, { versions }) => sum + versions.length, 0),
      files: manifest.media.length,
      idMap,
      sourceIdType: manifest.source.idType,
    }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
