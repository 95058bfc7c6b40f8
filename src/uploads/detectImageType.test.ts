import sharp from 'sharp'
import { describe, expect, test } from 'vitest'

import { detectImageType } from './detectImageType'
import { blankPng, svgWithScript } from './testImages'

const solid = sharp({ create: { width: 4, height: 4, channels: 3, background: '#888' } })

describe('detectImageType', () => {
  test.each(['jpeg', 'png', 'webp', 'gif', 'avif'] as const)(
    'should recognise a real %s by its bytes',
    async (format) => {
      const bytes = await solid.clone().toFormat(format).toBuffer()
      expect(detectImageType(bytes)).toBe(`image/${format}`)
    },
  )

  test.each([
    ['an SVG with an XML declaration', svgWithScript, 'image/svg+xml'],
    ['a bare SVG after a BOM and spaces', Buffer.from('\uFEFF  <svg></svg>'), 'image/svg+xml'],
    ['an SVG after a comment', Buffer.from('<!-- x --><svg/>'), 'image/svg+xml'],
    ['HTML', Buffer.from('<!doctype html><html><script>x</script>'), null],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n'), null],
    ['a PDF', Buffer.from('%PDF-1.7\n'), null],
    ['three bytes of a PNG signature', Buffer.from([0x89, 0x50, 0x4e]), null],
    ['nothing', Buffer.alloc(0), null],
    [
      'a HEIC file (ISO media, not AVIF)',
      Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1'),
      null,
    ],
  ])('should classify %s', (_name, bytes, expected) => {
    expect(detectImageType(bytes)).toBe(expected)
  })

  test('should read a PNG bomb as a PNG (its size is checked separately)', () => {
    expect(detectImageType(blankPng(8000, 8000))).toBe('image/png')
  })
})
