import { describe, expect, test } from 'vitest'

import { responsiveImage } from './responsiveImage'

describe('responsiveImage', () => {
  test('should list every size narrowest first and use the card size as the fallback', () => {
    const image = responsiveImage({
      url: '/media/jaw.webp',
      width: 2400,
      height: 1600,
      alt: 'Injection points on the jaw',
      sizes: {
        hero: { url: '/media/jaw-1920.webp', width: 1920, height: 1080 },
        thumbnail: { url: '/media/jaw-320.webp', width: 320, height: 320 },
        card: { url: '/media/jaw-768.webp', width: 768, height: 512 },
      },
    })
    expect(image).toEqual({
      src: '/media/jaw-768.webp',
      srcSet:
        '/media/jaw-320.webp 320w, /media/jaw-768.webp 768w, /media/jaw-1920.webp 1920w, /media/jaw.webp 2400w',
      sizes: '(min-width: 60rem) 56rem, 100vw',
      width: 768,
      height: 512,
      alt: 'Injection points on the jaw',
    })
  })

  test('should skip sizes that were not made (image smaller than the size)', () => {
    const image = responsiveImage({
      url: '/media/small.webp',
      width: 500,
      height: 300,
      alt: 'A small image',
      sizes: {
        hero: { url: null, width: null },
        card: null,
        thumbnail: { url: '/t.webp', width: 320 },
      },
    })
    expect(image).toMatchObject({
      src: '/media/small.webp',
      srcSet: '/t.webp 320w, /media/small.webp 500w',
    })
  })

  test.each([null, undefined, { alt: 'no file' }])('should give nothing for %j', (media) => {
    expect(responsiveImage(media as never)).toBeNull()
  })
})
