import type { Payload } from 'payload'
import sharp from 'sharp'

/** A plain PNG of one colour, stored as a media document through the Local API as the system. */
export async function createImage(
  payload: Payload,
  {
    alt,
    name,
    width = 8,
    height = 8,
  }: { alt: string; name: string; width?: number; height?: number },
) {
  const png = await sharp({ create: { width, height, channels: 3, background: '#888' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data: png, mimetype: 'image/png', name, size: png.length },
    overrideAccess: true,
  })
}
