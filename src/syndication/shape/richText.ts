import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type sanitizeHtml from 'sanitize-html'

import { htmlText } from '../../plainText'
import { loadSanitizeHtml } from '../../plainText/loadSanitizeHtml'
import type { SyndicatedRichText } from './contentSchema'

export type { SyndicatedRichText } from './contentSchema'

/** Every link gets rel="noopener nofollow", as sanitize-html's simpleTransform did. */
const relNoopenerNofollow: sanitizeHtml.Transformer = (_tagName, attribs) => ({
  tagName: 'a',
  attribs: { ...attribs, rel: 'noopener nofollow' },
})

/** Tags a partner can embed safely: text structure and links, no scripts, styles or frames. */
export const embeddableHtml: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'blockquote',
    'br',
    'hr',
    'a',
    'span',
  ],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['https', 'http', 'mailto'],
  transformTags: { a: relNoopenerNofollow },
}

export const sanitizeEmbeddable = (html: string) => loadSanitizeHtml()(html, embeddableHtml)

/** A Lexical value as sanitised HTML and plain text, or null when the field is empty. */
export function toSyndicatedRichText(value: unknown): SyndicatedRichText | null {
  if (!value || typeof value !== 'object' || !('root' in value)) return null
  const rendered = convertLexicalToHTML({ data: value as never, disableContainer: true })
  const html = sanitizeEmbeddable(rendered).trim()
  if (html.length === 0) return null
  // The text is read from the HTML partners get, so both say the same, one block a line.
  return { html, text: htmlText(html) }
}
