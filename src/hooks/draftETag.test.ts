import { describe, expect, test } from 'vitest'

import { ifMatchAccepts } from './draftETag'

describe('ifMatchAccepts', () => {
  test.each([
    ['"sha256-a"', true],
    ['W/"sha256-a"', true],
    ['"sha256-b", "sha256-a"', true],
    ['*', true],
    ['"sha256-b"', false],
    ['sha256-a', false],
  ])('should judge If-Match %s', (header, accepted) => {
    expect(ifMatchAccepts(header, '"sha256-a"')).toBe(accepted)
  })
})
