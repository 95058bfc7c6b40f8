import { joinBlocks, type PlainTextOptions } from './blocks'

type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/**
 * The words of a Lexical rich-text value as plain text, one block per paragraph, heading, list
 * item or quote, in reading order; '' for anything that is not rich text. It reads the editor's
 * JSON directly (no HTML round trip), so it runs in hooks on unsaved data and in the website.
 */
export function lexicalText(value: unknown, options: PlainTextOptions = {}): string {
  const root = (value as { root?: unknown } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  const blocks: string[] = []
  let current = ''
  // A block ends where the next one begins too: a list nested in a list item ends the item's own
  // line, so "one" comes before its sub-items rather than after them.
  const endBlock = () => {
    blocks.push(current)
    current = ''
  }
  const walk = (node: LexicalNode) => {
    if (node.type === 'linebreak') current += '\n'
    else if (typeof node.text === 'string') current += node.text
    const isBlock = blockTypes.has(node.type ?? '')
    if (isBlock) endBlock()
    for (const child of Array.isArray(node.children) ? node.children : []) walk(child)
    if (isBlock) endBlock()
  }
  walk(root as LexicalNode)
  endBlock()
  return joinBlocks(blocks, options)
}
