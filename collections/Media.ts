import type { CollectionConfig } from 'payload'

import { configuration } from '../src/config'
import { isStaff } from '../src/access/isStaff'
import { publishedMediaOrStaff } from '../src/access/publishedMediaOrStaff'
import { guardMediaChanges, guardMediaDeletion } from '../src/hooks/mediaInUse'
import { missingFileIs404 } from '../src/uploads/missingFileIs404'
import { refuseUnsafeUploads } from '../src/uploads/refuseUnsafeUploads'
import { shortenUploadedFileName } from '../src/uploads/shortenFileName'

const webp = { format: 'webp' as const, options: { quality: 80 } }
// MEDIA_DIR, made absolute from the working directory so a bundled server finds the same folder.
const staticDir = configuration().mediaDir

/** Raster images only: SVG can carry scripts, so it is not accepted (src/uploads/ checks the bytes). */
export const acceptedImageTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/avif',
  'image/gif',
]

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Image', plural: 'Media' },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    description: 'Images used in treatment pages. Every image needs a text alternative.',
  },
  // Readers who are not staff see only the images published pages show.
  access: { read: publishedMediaOrStaff, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    beforeOperation: [
      refuseUnsafeUploads(acceptedImageTypes),
      shortenUploadedFileName,
      guardMediaChanges,
    ],
    // Published pages must not lose their images (src/workflow/publishingRules.ts).
    beforeDelete: [guardMediaDeletion],
  },
  upload: {
    staticDir,
    handlers: [missingFileIs404(staticDir)],
    mimeTypes: acceptedImageTypes,
    focalPoint: true,
    formatOptions: webp,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, formatOptions: webp },
      { name: 'card', width: 768, height: 512, formatOptions: webp },
      { name: 'hero', width: 1920, height: 1080, formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Alternative text',
      type: 'text',
      required: true,
      admin: {
        description:
          'What the image shows, for people who cannot see it, e.g. "Injection points on the temples".',
      },
    },
    { name: 'caption', type: 'text' },
  ],
}
