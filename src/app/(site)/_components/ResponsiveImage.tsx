import type { Media } from '../_lib/content'
import { responsiveImage } from '../_lib/responsiveImage'

/** The page's picture in the Media sizes, the browser choosing the smallest that fits. */
export function ResponsiveImage({ media }: { media: Media | null | undefined }) {
  const image = responsiveImage(media)
  if (!image) return null
  return (
    <img
      className="page-image"
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading="eager"
      decoding="async"
    />
  )
}
