/**
 * Links in rich text that must never be stored: a `javascript:` or `data:` URL in a published page
 * runs script in a patient's browser (or a partner's page) wherever some renderer forgets to
 * neutralise it. The site and syndication neutralise them when rendering; this refuses them when
 * they are saved, so they never reach any channel.
 */

/** Schemes a link may use; scheme-less URLs (`/faq`, `#aftercare`, `?locale=es`) are relative. */
const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:'])

export type UnsafeLink = { path: string; url: string }

/** True when `url` is relative or uses an allowed scheme, read as a browser would read it. */
export function isSafeLinkUrl(url: string): boolean {
  // Browsers drop control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]
  if (!scheme) return true
  return allowedSchemes.has(`${scheme.toLowerCase()}:`)
}

/** Every link or autolink node under `value` (any JSON: a document, or one rich-text field). */
export function findUnsafeLinks(value: unknown, path = ''): UnsafeLink[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => findUnsafeLinks(item, `${path}.${index}`))
  }
  if (!value || typeof value !== 'object') return []
  const node = value as { type?: unknown; fields?: { url?: unknown } }
  const found: UnsafeLink[] = []
  if (
    (node.type === 'link' || node.type === 'autolink') &&
    typeof node.fields?.url === 'string' &&
    !isSafeLinkUrl(node.fields.url)
  ) {
    found.push({ path: path.replace(/^\./, ''), url: node.fields.url })
  }
  for (const [key, child] of Object.entries(value)) {
    if (child && typeof child === 'object') found.push(...findUnsafeLinks(child, `${path}.${key}`))
  }
  return found
}
