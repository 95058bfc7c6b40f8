import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { initClientUploads } from '@payloadcms/plugin-cloud-storage/utilities'
import type { Config, Plugin } from 'payload'

import type { S3MediaSettings } from './s3MediaSettings'

/**
 * Where the `media` collection keeps its files: MEDIA_DIR on this server's disk, or, with
 * MEDIA_S3_BUCKET, one S3-compatible bucket every server shares (Payload's own S3 adapter).
 *
 * Files are still served through /api/media/file/… by whichever server is asked, so the anonymous
 * media rule (src/access/publishedMediaOrStaff.ts) is checked before a byte leaves the bucket. No
 * ACL is sent (Cloudflare R2 has none): objects keep the bucket's default, private, and the bucket
 * need not be public. The adapter's two fields (`prefix`, `_objectKey`) are in the schema whether
 * or not S3 is used, so one migration history serves both kinds of installation.
 */
export function mediaStorage(settings: S3MediaSettings | null): Plugin {
  if (!settings) return diskWithS3Fields
  // Loaded only when a bucket is configured: the S3 adapter and the AWS SDK were about 0.1 s of
  // CPU and 16 MB of every start (issue 15).
  return async (config) => {
    const { s3Storage } = await import('@payloadcms/storage-s3')
    return s3Storage({
      ...s3Options,
      enabled: true,
      bucket: settings.bucket,
      config: {
        endpoint: settings.endpoint,
        region: settings.region,
        credentials: settings.credentials,
        forcePathStyle: settings.forcePathStyle,
      },
    })(config)
  }
}

const s3Options = {
  alwaysInsertFields: true,
  // An explicit (empty) prefix: the adapter adds its `prefix` field only when one is given or
  // when it is disabled with alwaysInsertFields, so without it disk and S3 schemas would differ.
  collections: { media: { prefix: '' } },
}

/**
 * What `s3Storage({ enabled: false, alwaysInsertFields: true })` does (storage-s3's own disabled
 * path, step by step), without loading the AWS SDK: the S3 fields and the admin's upload handler
 * entry, no adapter. mediaStorage.test.ts checks the two configs stay the same.
 */
function diskWithS3Fields(config: Config): Config {
  initClientUploads({
    clientHandler: '@payloadcms/storage-s3/client#S3ClientUploadHandler',
    collections: s3Options.collections,
    config,
    enabled: false,
    serverHandler: () => Response.json({ errors: [{ message: 'Not found' }] }, { status: 404 }),
    serverHandlerPath: '/storage-s3-generate-signed-url',
  })
  return cloudStoragePlugin({
    alwaysInsertFields: true,
    collections: { media: { ...s3Options.collections.media, adapter: null } },
    enabled: false,
  })(config)
}
