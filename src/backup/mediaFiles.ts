import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { collectionsToBackUp } from './backupScope'

/** The upload collections and the folders their files live in. */
export function uploadFolders(payload: Payload): { collection: string; folder: string }[] {
  return collectionsToBackUp(payload)
    .filter((collection) => collection.upload && collection.upload.staticDir)
    .map((collection) => ({
      collection: collection.slug,
      folder: path.resolve(process.cwd(), collection.upload.staticDir as string),
    }))
}

export function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

export function fileSha256(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}
