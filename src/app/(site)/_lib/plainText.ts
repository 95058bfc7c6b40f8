import type { LexicalState } from './content'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/** The words of a rich text, paragraphs separated by a blank line (for JSON-LD and meta text). */
export function plainText(state: LexicalState): string {
  const blocks: string[] = []
  const walk = (node: LexicalNode, into: string[]): void => {
    if (typeof node.text === 'string') into.push(node.text)
    if (node.type === 'linebreak') into.push('\n')
    for (const child of node.children ?? []) {
      if (blockTypes.has(child.type ?? '')) {
        const parts: string[] = []
        walk(child, parts)
        const text = parts.join('').trim()
        if (text) blocks.push(text)
      } else {
        walk(child, into)
      }
    }
  }
  const loose: string[] = []
  walk((state?.root ?? {}) as LexicalNode, loose)
  const rest = loose.join('').trim()
  return [...blocks, ...(rest ? [rest] : [])].join('\n\n')
}
