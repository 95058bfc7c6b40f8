import { describe, expect, test } from 'vitest'

import { isPersonalRequest } from './privateAnswers'

describe('isPersonalRequest', () => {
  test.each([
    ['an anonymous read', {}, {}, false],
    ['a read with a session cookie', { cookie: 'payload-token=x' }, {}, true],
    ['a read with a token', { authorization: 'JWT x' }, {}, true],
    ['a draft read', {}, { draft: 'true' }, true],
    ['draft=false', {}, { draft: 'false' }, false],
  ])('should say %s is personal: %s', (_name, headers, query, personal) => {
    expect(isPersonalRequest(headers, query)).toBe(personal)
  })
})
