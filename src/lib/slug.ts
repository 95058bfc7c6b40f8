/** Lowercase kebab-case: words of a-z and 0-9 joined by single hyphens, e.g. `tmj-disorder`. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const maxSlugLength = 96

/** Returns true for a valid slug, or a message an editor can act on. */
export function validateSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value.length === 0) return 'A slug is required.'
  if (value.length > maxSlugLength) return `A slug can be at most ${maxSlugLength} characters long.`
  if (!slugPattern.test(value)) {
    return 'A slug uses lowercase letters, digits and single hyphens only, e.g. "tmj-disorder".'
  }
  return true
}

/** Turns a title into a slug candidate: "Teeth Grinding (Bruxism)" → "teeth-grinding-bruxism". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/g, '')
}
