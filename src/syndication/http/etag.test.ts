import { describe, expect, test } from 'vitest'

import { matchesIfNoneMatch, strongEtag } from './etag'

describe('strongEtag', () => {
  test('should be quoted, strong and change with the bytes', () => {
    const tag = strongEtag('{"a":1}')
    expect(tag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    expect(strongEtag('{"a":1}')).toBe(tag)
    expect(strongEtag('{"a":2}')).not.toBe(tag)
  })
})

describe('matchesIfNoneMatch', () => {
  test.each([
    ['no header', undefined, false],
    ['the same tag', '"abc"', true],
    ['a weak form of it', 'W/"abc"', true],
    ['a list containing it', '"x", "abc"', true],
    ['another tag', '"abd"', false],
    ['a star', '*', true],
    ['an unquoted value', 'abc', false],
  ])('should answer %s', (_name, header, expected) => {
    expect(matchesIfNoneMatch(header, '"abc"')).toBe(expected)
  })
})
