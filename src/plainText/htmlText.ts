import { joinBlocks, type PlainTextOptions } from './blocks'
import { loadSanitizeHtml } from './loadSanitizeHtml'

export type HtmlTextOptions = PlainTextOptions & {
  /** Write a link as "label (address)", for text where the reader must be able to follow it. */
  linkAddresses?: boolean
}

/** Marks where a block ends; a private-use character no HTML we render contains. */
const blockEnd = '\ue000'

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/** The few entities sanitize-html writes back into text, and numeric ones from hand-made HTML. */
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity
    }
    return entities[name.toLowerCase()] ?? entity
  })

const withLinkAddresses = (html: string) =>
  html.replace(
    /<a\s[^>]*href="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi,
    (_, href: string, label: string) => {
      const text = label.replace(/<[^>]+>/g, '').trim()
      return text && text !== href ? `${text} (${href})` : href
    },
  )

/**
 * The readable text of an HTML fragment or mail body: one block per paragraph, heading, list
 * item, quote, table row or div; <br> a line break; scripts and styles dropped; entities decoded.
 * Whitespace in the markup itself counts as one space, as a browser shows it.
 */
export function htmlText(html: string, options: HtmlTextOptions = {}): string {
  const marked = (options.linkAddresses ? withLinkAddresses(html) : html)
    .replace(/\s+/g, ' ')
    .replace(/<\/(p|div|h[1-6]|li|tr|blockquote)\s*>/gi, `$&${blockEnd}`)
    .replace(/<br\s*\/?>/gi, '\n')
  const text = decodeEntities(
    loadSanitizeHtml()(marked, { allowedTags: [], allowedAttributes: {} }),
  )
  return joinBlocks(text.split(blockEnd), options)
}
