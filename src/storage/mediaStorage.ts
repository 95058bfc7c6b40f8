import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

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
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'unused',
    // An explicit (empty) prefix: the adapter adds its `prefix` field only when one is given or
    // when it is disabled with alwaysInsertFields, so without it disk and S3 schemas would differ.
    collections: { media: { prefix: '' } },
    config: settings
      ? {
          endpoint: settings.endpoint,
          region: settings.region,
          credentials: settings.credentials,
          forcePathStyle: settings.forcePathStyle,
        }
      : {},
  })
}
