/**
 * Whether a rich-text value has the shape of a Lexical document: `{ root: { type: 'root',
 * children: [...] } }`, every node an object with a `type`, every `children` a list of such nodes,
 * and every text node's `text` a string. Payload's Lexical validation walks `children` without
 * looking, so `"children": "x"` or `[null]` failed there as a 500, and a text node's `text: 42`
 * was stored. Which node types an editor allows is Payload's business; this checks only what
 * every Lexical document is made of.
 */
export function lexicalShapeProblem(value: unknown): string | null {
  if (!isObject(value) || !isObject(value.root)) return 'an object with a "root" node'
  if (value.root.type !== 'root') return '"root.type" must be "root"'
  return nodeProblem(value.root, 'root', 0)
}

/** Deeper than any document an editor makes; a guard against a stack overflow, not a style rule. */
const maxDepth = 100

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function nodeProblem(node: Record<string, unknown>, path: string, depth: number): string | null {
  if (depth > maxDepth) return `${path}: nodes nest more than ${maxDepth} deep`
  if (typeof node.type !== 'string') return `${path}: every node needs a "type"`
  if (node.type === 'text' && typeof node.text !== 'string') {
    return `${path}.text: a text node's text must be a string`
  }
  if (node.children === undefined) {
    return node.type === 'root' ? 'root: needs "children", a list of nodes' : null
  }
  if (!Array.isArray(node.children)) return `${path}.children: must be a list of nodes`
  for (const [index, child] of node.children.entries()) {
    const childPath = `${path}.children[${index}]`
    if (!isObject(child)) return `${childPath}: must be a node (an object with a "type")`
    const problem = nodeProblem(child, childPath, depth + 1)
    if (problem) return problem
  }
  return null
}
