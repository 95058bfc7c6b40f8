import { describe, expect, test } from 'vitest'

import { isNotModified, strongETag } from './etag'

describe('strongETag', () => {
  test('should be a quoted, strong tag that depends on every byte', () => {
    const tag = strongETag(Buffer.from('{"a":1}'))
    expect(tag).toMatch(/^"[^"]+"$/)
    expect(strongETag('{"a":1}')).toBe(tag)
    expect(strongETag(Buffer.from('{"a":2}'))).not.toBe(tag)
  })
})

describe('isNotModified', () => {
  test.each([
    [{}, false],
    [{ 'if-none-match': '"abc"' }, true],
    [{ 'if-none-match': 'W/"abc"' }, true],
    [{ 'if-none-match': '"other"' }, false],
    [{ 'if-none-match': '"other", "abc"' }, true],
    [{ 'if-none-match': '"other",W/"abc"' }, true],
    [{ 'if-none-match': '*' }, true],
    [{ 'if-none-match': 'abc' }, false],
    // fetch() adds Cache-Control: no-cache to every conditional request.
    [{ 'if-none-match': '"abc"', 'cache-control': 'no-cache' }, true],
    [{ 'if-modified-since': 'Mon, 30 Nov 2026 10:00:00 GMT' }, false],
  ])('should treat request headers %j as holding the answer: %s', (headers, expected) => {
    expect(isNotModified(headers, '"abc"')).toBe(expected)
  })
})
