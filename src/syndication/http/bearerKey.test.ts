import { describe, expect, test } from 'vitest'

import { presentedBearerKey } from './bearerKey'

describe('presentedBearerKey', () => {
  test.each([
    ['Bearer chk_abc', 'chk_abc'],
    ['bearer chk_abc', 'chk_abc'],
    ['  Bearer   chk_abc  ', 'chk_abc'],
    ['Bearer', ''],
    ['Bearer chk_abc extra', ''],
    ['Basic dXNlcjpwYXNz', ''],
    ['chk_abc', ''],
  ])('should read %j as %j', (header, key) => {
    expect(presentedBearerKey(header)).toBe(key)
  })
})
