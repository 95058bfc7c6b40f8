import { dictionary } from '@zxcvbn-ts/language-common'

/**
 * What a staff password must be. Staff accounts can publish medical text, so a guessable password
 * is a clinical risk, not only an IT one. Length and a list of passwords people actually use
 * (zxcvbn's list of about 49,000) follow NIST SP 800-63B §3.1.1.2: no composition rules, check
 * against commonly used passwords.
 */
export const passwordPolicy = { minLength: 12, maxLength: 256 }

const commonPasswords = new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()))

/** Returns what is wrong with a new password, in words a person can act on, or null. */
export function passwordProblem(password: unknown, email?: unknown): string | null {
  if (typeof password !== 'string') return 'Choose a password.'
  const { minLength, maxLength } = passwordPolicy
  if ([...password].length < minLength) {
    return `Choose a password of at least ${minLength} characters; a few unrelated words make a long one easy to remember.`
  }
  if (password.length > maxLength) return `Choose a password of at most ${maxLength} characters.`
  const lowered = password.toLowerCase()
  if (commonPasswords.has(lowered)) {
    return 'This password is on a list of commonly used passwords. Choose another.'
  }
  if (typeof email === 'string' && email !== '') {
    const address = email.toLowerCase()
    if (lowered.includes(address) || lowered === address.split('@')[0]) {
      return 'The password must not be your email address. Choose another.'
    }
  }
  return null
}
