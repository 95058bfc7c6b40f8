import type { Media } from './content'

export type ResponsiveImage = {
  src: string
  srcSet: string
  sizes: string
  width?: number
  height?: number
  alt: string
}

/**
 * An <img> that lets the browser pick the smallest Media size wide enough for the screen
 * (thumbnail 320, card 768, hero 1920, the original last). Null when there is no image file.
 */
export function responsiveImage(
  media: Media | null | undefined,
  sizes = '(min-width: 60rem) 56rem, 100vw',
): ResponsiveImage | null {
  if (!media?.url) return null
  const candidates = [
    ...Object.values(media.sizes ?? {}),
    { url: media.url, width: media.width, height: media.height },
  ].filter((size): size is { url: string; width: number; height?: number | null } =>
    Boolean(size?.url && size.width),
  )
  const byWidth = [...new Map(candidates.map((size) => [size.width, size])).values()].sort(
    (a, b) => a.width - b.width,
  )
  // The card size is a sensible default for browsers that ignore srcset.
  const fallback = media.sizes?.card?.url ? media.sizes.card : media
  return {
    src: fallback.url as string,
    srcSet: byWidth.map((size) => `${size.url} ${size.width}w`).join(', '),
    sizes,
    width: fallback.width ?? undefined,
    height: fallback.height ?? undefined,
    alt: media.alt ?? '',
  }
}
