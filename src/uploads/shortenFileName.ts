import type { CollectionBeforeOperationHook } from 'payload'

/**
 * The longest stored file name we keep, in UTF-8 bytes. A file system takes 255 per name, and
 * Payload stores each image size as `<name>-<width>x<height>.<ext>` beside the original, so the
 * name needs room for that suffix (and for Payload's `-1`, `-2`… when the name is taken).
 */
export const maxFileNameBytes = 150

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8')

/**
 * A file name cut to `maxBytes` UTF-8 bytes, keeping its extension and never splitting a
 * character. Before, a name over the file system's limit failed the upload with Payload's
 * "There was a problem while uploading the file." and nothing saying why.
 */
export function shortenFileName(name: string, maxBytes = maxFileNameBytes): string {
  if (utf8Bytes(name) <= maxBytes) return name
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && utf8Bytes(name.slice(dot)) <= 16 ? name.slice(dot) : ''
  let base = ''
  for (const character of extension ? name.slice(0, dot) : name) {
    if (utf8Bytes(base + character + extension) > maxBytes) break
    base += character
  }
  return base + extension
}

/** Shortens an uploaded file's name before Payload derives the stored names from it. */
export const shortenUploadedFileName: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if ((operation === 'create' || operation === 'update') && req.file?.name) {
    req.file.name = shortenFileName(req.file.name)
  }
  return args
}
