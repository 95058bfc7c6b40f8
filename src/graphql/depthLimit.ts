import {
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from './graphqlRuntime'

import { limitError } from './limitError'

const introspectionFields = new Set(['__schema', '__type'])

/** The deepest selection below `selectionSet`, following fragments once each (cycles are spec errors). */
export function selectionDepth(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  visited: Set<string> = new Set(),
): number {
  if (!selectionSet) return 0
  let deepest = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (introspectionFields.has(selection.name.value)) continue
      const below = selection.selectionSet
        ? 1 + selectionDepth(selection.selectionSet, fragments, visited)
        : 0
      deepest = Math.max(deepest, below)
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visited))
    } else {
      const name = selection.name.value
      const fragment = fragments[name]
      if (!fragment || visited.has(name)) continue
      const inner = new Set(visited).add(name)
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, inner))
    }
  }
  return deepest
}

/** Refuses an operation whose selections nest deeper than `maxDepth` object levels. */
export function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments: Record<string, FragmentDefinitionNode> = {}
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments[definition.name.value] = definition
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments)
        if (depth > maxDepth) {
          context.reportError(
            limitError(
              `The query nests ${depth} levels deep; at most ${maxDepth} are allowed. Ask for fewer levels of related documents, or fetch them in a second query.`,
              operation,
            ),
          )
        }
      },
    }
  }
}
