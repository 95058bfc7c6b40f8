/**
 * Whether a rich-text value has the shape of a Lexical document: `{ root: { type: 'root',
 * children: [...] } }`, every node an object with a `type`, every `children` a list of such nodes,
 * and every text node's `text` a string. Payload's Lexical validation walks `children` without
 * looking, so `"children": "x"` or `[null]` failed there as a 500, and a text node's `text: 42`
 * was stored. Given the node types the field's editor has (`allowedTypes`), a node of any other
 * type is refused too: Payload stored it, and the admin's editor then could not open the document
 * (Lexical's parseEditorState throws on a type it has no node for).
 */
export function lexicalShapeProblem(
  value: unknown,
  allowedTypes?: ReadonlySet<string>,
): string | null {
  if (!isObject(value) || !isObject(value.root)) return 'an object with a "root" node'
  if (value.root.type !== 'root') return '"root.type" must be "root"'
  return nodeProblem(value.root, 'root', 0, allowedTypes)
}

/** The nodes every Lexical editor has, whatever its features (lexical's createEditor). */
const coreNodeTypes = ['root', 'paragraph', 'text', 'linebreak', 'tab']

type NodeClass = { getType: () => string }
type EditorWithNodes = {
  editorConfig?: { features?: { nodes?: Array<NodeClass | { node: NodeClass }> } }
}

const nodeTypesByEditor = new WeakMap<object, ReadonlySet<string> | undefined>()

/**
 * The node types a Lexical rich-text field's editor can hold (its features' nodes and Lexical's
 * core ones), or undefined when the editor is not one whose nodes can be read (then only the shape
 * is checked).
 */
export function editorNodeTypes(editor: unknown): ReadonlySet<string> | undefined {
  if (!isObject(editor)) return undefined
  if (nodeTypesByEditor.has(editor)) return nodeTypesByEditor.get(editor)
  const nodes = (editor as EditorWithNodes).editorConfig?.features?.nodes
  const types = Array.isArray(nodes)
    ? new Set([
        ...coreNodeTypes,
        ...nodes.map((entry) => ('node' in entry ? entry.node : entry).getType()),
      ])
    : undefined
  nodeTypesByEditor.set(editor, types)
  return types
}

/** Deeper than any document an editor makes; a guard against a stack overflow, not a style rule. */
const maxDepth = 100

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function nodeProblem(
  node: Record<string, unknown>,
  path: string,
  depth: number,
  allowedTypes: ReadonlySet<string> | undefined,
): string | null {
  if (depth > maxDepth) return `${path}: nodes nest more than ${maxDepth} deep`
  if (typeof node.type !== 'string') return `${path}: every node needs a "type"`
  if (allowedTypes && !allowedTypes.has(node.type)) {
    return `${path}: this editor has no "${node.type.slice(0, 40)}" node; it takes ${[...allowedTypes].filter((type) => type !== 'root').join(', ')}`
  }
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
    const problem = nodeProblem(child, childPath, depth + 1, allowedTypes)
    if (problem) return problem
  }
  return null
}
