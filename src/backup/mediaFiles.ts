import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort()
}

export const bytesSha256 = (bytes: Buffer): string =>
  createHash('sha256').update(bytes).digest('hex')

export const fileSha256 = (file: string): string => bytesSha256(fs.readFileSync(file))
