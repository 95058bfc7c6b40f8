import fs from 'node:fs'
import path from 'node:path'
import type { CollectionConfig, CollectionSlug } from 'payload'

type UploadHandler = NonNullable<
  Exclude<CollectionConfig['upload'], boolean | undefined>['handlers']
>[number]

/**
 * A media document whose file is gone from disk (restored without its media folder, deleted by
 * hand) made Payload answer 500 "Something went wrong." for the file's URL, and a 500 looks like
 * an outage to monitors and caches. It is a 404 that says what is missing; Payload still serves
 * every file that exists (this handler steps aside by returning nothing).
 */
export const missingFileIs404 =
  (staticDir: string): UploadHandler =>
  (req, { params: { collection, filename } }) => {
    // Files kept in a bucket (src/storage/mediaStorage.ts) are the storage adapter's to answer for.
    if (req.payload.collections[collection as CollectionSlug]?.config.upload.disableLocalStorage)
      return
    const filePath = path.resolve(staticDir, filename)
    // Payload refuses paths outside the folder itself, after this handler.
    if (!filePath.startsWith(staticDir + path.sep) || fs.existsSync(filePath)) return
    return Response.json(
      {
        errors: [
          {
            message: `The file ${filename} is no longer stored. Upload the image again, or choose another in the page that uses it.`,
          },
        ],
      },
      { status: 404 },
    )
  }
