/**
 * PostgreSQL cannot store or compare the NUL character (U+0000) in text: a value holding one
 * failed in the database and came back as a 500. No clinical text needs it, so requests that
 * carry one, raw or escaped (`\u0000` in JSON or GraphQL), are refused alike on every engine.
 */
export const nulMessage = 'The request contains a NUL character (U+0000), which text may not hold.'

export function containsNul(text: string): boolean {
  return text.includes('\u0000') || /\\u0000/i.test(text)
}

/** A URL's path and query, percent-decoded where possible, checked for NUL. */
export function urlContainsNul(url: string): boolean {
  if (/%00/i.test(url)) return true
  try {
    return containsNul(decodeURIComponent(url))
  } catch {
    return containsNul(url)
  }
}
