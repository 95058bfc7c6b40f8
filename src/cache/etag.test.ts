import { describe, expect, test } from 'vitest'

import { ifNoneMatchMatches, strongETag } from './etag'

describe('strongETag', () => {
  test('should be a quoted, strong tag that depends on every byte', () => {
    const tag = strongETag(Buffer.from('{"a":1}'))
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(strongETag(Buffer.from('{"a":1}'))).toBe(tag)
    expect(strongETag(Buffer.from('{"a":2}'))).not.toBe(tag)
  })
})

describe('ifNoneMatchMatches', () => {
  test.each([
    [undefined, false],
    ['', false],
    ['"abc"', true],
    ['W/"abc"', true],
    ['"other"', false],
    ['"other", "abc"', true],
    ['"other",W/"abc"', true],
    ['*', true],
    ['abc', false],
  ])('should treat If-None-Match %j as a match: %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, '"abc"')).toBe(expected)
  })
})
