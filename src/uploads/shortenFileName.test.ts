import { describe, expect, test } from 'vitest'

import { shortenFileName } from './shortenFileName'

describe('shortenFileName', () => {
  test('should leave a name within the limit as it is', () => {
    expect(shortenFileName('injection-points.png', 150)).toBe('injection-points.png')
  })

  test('should cut a long name to the limit and keep its extension', () => {
    const shortened = shortenFileName(`${'a'.repeat(300)}.png`, 150)
    expect(shortened).toBe(`${'a'.repeat(146)}.png`)
  })

  test('should count UTF-8 bytes and never split a character', () => {
    const shortened = shortenFileName(`${'é'.repeat(200)}.jpg`, 150)
    expect(Buffer.byteLength(shortened)).toBeLessThanOrEqual(150)
    expect(shortened).toBe(`${'é'.repeat(73)}.jpg`)
  })

  test('should not take an over-long "extension" for one', () => {
    const shortened = shortenFileName(`photo.${'b'.repeat(300)}`, 150)
    expect(Buffer.byteLength(shortened)).toBe(150)
    expect(shortened.startsWith('photo.')).toBe(true)
  })
})
