import { S3 } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { configuration } from '../config'
import type { S3MediaSettings } from '../storage/s3MediaSettings'
import { collectionsToBackUp } from './backupScope'
import { listFiles } from './mediaFiles'

/** Where one upload collection keeps its files, as a backup reads and restores them. */
export type MediaStore = {
  collection: string
  /** Says where the files are and which setting chose it, for messages to the operator. */
  description: string
  /** The setting to change to restore into an empty store instead. */
  setting: 'MEDIA_DIR' | 'MEDIA_S3_BUCKET'
  list: () => Promise<string[]>
  read: (file: string) => Promise<Buffer>
  write: (file: string, bytes: Buffer, mimeType: string | undefined) => Promise<void>
}

function folderStore(collection: string, folder: string): MediaStore {
  return {
    collection,
    description: `the media folder ${folder} (MEDIA_DIR)`,
    setting: 'MEDIA_DIR',
    list: async () => listFiles(folder),
    read: async (file) => fs.readFileSync(path.join(folder, file)),
    write: async (file, bytes) => {
      const target = path.join(folder, file)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.writeFileSync(target, bytes)
    },
  }
}

function bucketStore(collection: string, settings: S3MediaSettings): MediaStore {
  const client = new S3({
    endpoint: settings.endpoint,
    region: settings.region,
    credentials: settings.credentials,
    forcePathStyle: settings.forcePathStyle,
  })
  const Bucket = settings.bucket
  return {
    collection,
    description: `the bucket ${Bucket}${settings.endpoint ? ` at ${settings.endpoint}` : ''} (MEDIA_S3_BUCKET)`,
    setting: 'MEDIA_S3_BUCKET',
    list: async () => {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await client.listObjectsV2({ Bucket, ContinuationToken })
        for (const { Key } of page.Contents ?? []) if (Key) keys.push(Key)
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      return keys.sort()
    },
    read: async (Key) => {
      const object = await client.getObject({ Bucket, Key })
      return Buffer.from(await object.Body!.transformToByteArray())
    },
    write: async (Key, Body, ContentType) => {
      await client.putObject({ Bucket, Key, Body, ContentType })
    },
  }
}

/**
 * The file stores of the collections a backup holds: a collection whose files Payload does not
 * keep on disk (src/storage/mediaStorage.ts) is in the S3 bucket the configuration names.
 */
export function mediaStores(payload: Payload): MediaStore[] {
  const s3 = configuration().mediaS3
  return collectionsToBackUp(payload)
    .filter(({ upload }) => upload && (upload.staticDir || upload.disableLocalStorage))
    .map(({ slug, upload }) =>
      upload.disableLocalStorage && s3
        ? bucketStore(slug, s3)
        : folderStore(slug, path.resolve(process.cwd(), upload.staticDir as string)),
    )
}
