/** Minimal Lexical JSON builders, so seed files can state rich text as plain paragraphs. */

type LexicalNode = Record<string, unknown>

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  text,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const block = (type: string, text: string, extra: LexicalNode = {}): LexicalNode => ({
  type,
  ...extra,
  children: [textNode(text)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
})

export const paragraph = (text: string) =>
  block('paragraph', text, { textFormat: 0, textStyle: '' })

export const heading = (text: string, tag: 'h2' | 'h3' = 'h2') => block('heading', text, { tag })

/** A rich-text value made of the given blocks; plain strings become paragraphs. */
export function richText(...blocks: (string | LexicalNode)[]) {
  return {
    root: {
      type: 'root',
      children: blocks.map((item) => (typeof item === 'string' ? paragraph(item) : item)),
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
    },
  }
}
