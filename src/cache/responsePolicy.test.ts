import type { OutgoingHttpHeaders } from 'node:http'
import { describe, expect, test } from 'vitest'

import { isStorableResponse } from './responsePolicy'

describe('isStorableResponse', () => {
  test.each<[string, number, OutgoingHttpHeaders, boolean]>([
    ['a 200', 200, { 'content-type': 'application/json' }, true],
    ['a 404', 404, {}, true],
    ['a 400', 400, {}, false],
    ['a 403', 403, {}, false],
    ['a 500', 500, {}, false],
    ['a 503', 503, {}, false],
    ['a 304', 304, {}, false],
    ['a 200 setting a cookie', 200, { 'set-cookie': ['a=b'] }, false],
    ['a 200 marked private', 200, { 'cache-control': 'private, max-age=0' }, false],
    ['a 200 marked no-store', 200, { 'cache-control': 'No-Store' }, false],
    ['a 200 marked public', 200, { 'cache-control': 'public, max-age=60' }, true],
  ])('should decide %s is storable: %s', (_name, status, headers, expected) => {
    expect(isStorableResponse(status, headers)).toBe(expected)
  })
})
