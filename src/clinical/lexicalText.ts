type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote'])

/** The words of a Lexical rich-text value, one line per block; '' for anything else. */
export function lexicalText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  const lines: string[] = []
  const walk = (node: LexicalNode, into: string[]) => {
    if (typeof node.text === 'string') into.push(node.text)
    for (const child of node.children ?? []) {
      if (blockTypes.has(child.type ?? '')) {
        const parts: string[] = []
        walk(child, parts)
        const line = parts.join('').trim()
        if (line) lines.push(line)
      } else walk(child, into)
    }
  }
  const loose: string[] = []
  walk(root, loose)
  const rest = loose.join('').trim()
  return [...lines, ...(rest ? [rest] : [])].join('\n')
}
