import sharp from 'sharp'
import { describe, expect, test } from 'vitest'

import { checkUploadedImage } from './checkUploadedImage'
import { limitedSharp } from './limitedSharp'
import { blankPng, svgWithScript } from './testImages'

const accepted = ['image/jpeg', 'image/png', 'image/webp']

describe('checkUploadedImage', () => {
  test('should accept a small photograph', async () => {
    const jpeg = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#c33' },
    })
      .jpeg()
      .toBuffer()
    expect(await checkUploadedImage(jpeg, accepted)).toBeNull()
  })

  test.each([
    ['an SVG', svgWithScript, 415, /SVG images are not accepted/],
    ['a script', Buffer.from('<?php system($_GET["c"]);'), 415, /not a JPEG, PNG or WebP image/],
    ['a GIF where GIFs are not listed', Buffer.from('GIF89a\x01\0\x01\0'), 415, /not a JPEG/],
    ['a truncated PNG', blankPng(10, 10).subarray(0, 20), 422, /could not be read/],
    [
      'a 64-megapixel bomb',
      blankPng(8000, 8000),
      422,
      /8000 × 8000 pixels \(64 megapixels\); at most 40/,
    ],
  ])('should refuse %s with %i', async (_name, bytes, status, message) => {
    expect(await checkUploadedImage(bytes, accepted)).toEqual({
      status,
      message: expect.stringMatching(message),
    })
  })

  test('should accept an image of exactly 40 megapixels', async () => {
    expect(await checkUploadedImage(blankPng(8000, 5000), accepted)).toBeNull()
  })
})

describe('limitedSharp', () => {
  test('should refuse to decode more than 40 megapixels', async () => {
    await expect(limitedSharp(blankPng(8000, 8000)).toBuffer()).rejects.toThrow(/pixel limit/)
  })

  test('should never raise the limit above 40 megapixels when asked to', async () => {
    await expect(
      limitedSharp(blankPng(8000, 8000), { limitInputPixels: 1e9 }).toBuffer(),
    ).rejects.toThrow(/pixel limit/)
  })

  test('should decode an image within the limit', async () => {
    const { info } = await limitedSharp(blankPng(100, 50))
      .png()
      .toBuffer({ resolveWithObject: true })
    expect([info.width, info.height]).toEqual([100, 50])
  })
})
