import { describe, expect, test } from 'vitest'

import { passwordProblem } from './passwordPolicy'

describe('passwordProblem', () => {
  test.each([
    ['a long passphrase', 'correct horse battery staple'],
    ['twelve characters exactly', 'gT5!rq0pLm2x'],
    ['twelve characters with accents', 'café-crème-ü'],
  ])('should accept %s', (_name, password) => {
    expect(passwordProblem(password, 'rita@clinic.test')).toBeNull()
  })

  test.each([
    ['too short', 'abc', /at least 12 characters/],
    ['eleven characters', 'gT5!rq0pLm2', /at least 12/],
    ['a common password', '1qaz2wsx3edc', /commonly used/],
    ['a common password in capitals', 'QWERTY123456', /commonly used/],
    ['the email address', 'rita@clinic.test', /email address/],
    ['the email address with more', 'rita@clinic.test2026', /email address/],
    ['not text', 12345678901234, /Choose a password/],
    ['far too long', 'x'.repeat(257), /at most 256/],
  ])('should refuse %s', (_name, password, message) => {
    expect(passwordProblem(password, 'rita@clinic.test')).toMatch(message)
  })
})
