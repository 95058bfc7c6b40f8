import type { Metadata } from 'sharp'

import { detectImageType } from './detectImageType'
import { loadSharp } from './loadSharp'
import { uploadLimits } from './uploadLimits'

export type UploadRefusal = { status: number; message: string }

const typeNames: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/avif': 'AVIF',
  'image/gif': 'GIF',
}

/**
 * Decides whether uploaded bytes are an image we accept: a listed raster format (by its bytes),
 * not SVG, and small enough to decode. Reads only the image's header, so a decompression bomb is
 * refused without being decoded. Null means accepted.
 */
export async function checkUploadedImage(
  bytes: Buffer,
  acceptedTypes: readonly string[],
): Promise<UploadRefusal | null> {
  const detected = detectImageType(bytes)
  const names = acceptedTypes.map((type) => typeNames[type] ?? type)
  const accepted =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('')
  if (detected === 'image/svg+xml') {
    return {
      status: 415,
      message: `SVG images are not accepted because they can carry scripts. Export the image as ${accepted} and upload that.`,
    }
  }
  if (!detected || !acceptedTypes.includes(detected)) {
    return {
      status: 415,
      message: `The file's contents are not a ${accepted} image, whatever its name says. Upload one of those formats.`,
    }
  }

  let metadata: Metadata
  try {
    // limitInputPixels: false lets the header of an oversized image be read so we can say its size.
    metadata = await loadSharp()(bytes, { limitInputPixels: false, animated: true }).metadata()
  } catch {
    return {
      status: 422,
      message: `The file starts like a ${typeNames[detected]} image but could not be read; it may be damaged. Re-export it and try again.`,
    }
  }
  const width = metadata.width ?? 0
  const height = metadata.pageHeight ?? metadata.height ?? 0
  const pixels = width * height * (metadata.pages ?? 1)
  if (pixels > uploadLimits.maxInputPixels) {
    const megapixels = (pixels / 1_000_000).toFixed(0)
    return {
      status: 422,
      message: `The image is ${width} × ${height} pixels${metadata.pages && metadata.pages > 1 ? ` in ${metadata.pages} frames` : ''} (${megapixels} megapixels); at most ${uploadLimits.maxInputPixels / 1_000_000} megapixels are accepted. Scale it down and upload it again.`,
    }
  }
  return null
}
