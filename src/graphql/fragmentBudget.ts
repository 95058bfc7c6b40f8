import {
  Kind,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from './graphqlRuntime'

export type DocumentSize = {
  /** Fragment spreads written in the document (`...Name`), counted where they are written. */
  spreads: number
  /** Selections the largest operation holds once every fragment spread is expanded in place. */
  expandedSelections: number
}

/**
 * The size of a document as every later step sees it: graphql-js's validation, Payload's
 * complexity rule and our own limits all expand each fragment spread where it stands. A fragment
 * that spreads the next twice doubles the work at each level, so 22 small fragments (under 1 KB)
 * expand to millions of selections and kept the server busy for seconds before any limit said no.
 * Here each fragment's size is worked out once, bottom-up, so the count itself is linear in the
 * document, and sizes saturate at `cap` so the arithmetic never overflows. A spread of an unknown
 * fragment or a cycle counts as one selection: validation reports those as errors of their own.
 */
export function measureDocument(
  document: DocumentNode,
  cap = Number.MAX_SAFE_INTEGER,
): DocumentSize {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  const sizes = new Map<string, number>()
  const inProgress = new Set<string>()
  let spreads = 0

  const fragmentSize = (name: string): number => {
    const known = sizes.get(name)
    if (known !== undefined) return known
    const fragment = fragments.get(name)
    if (!fragment || inProgress.has(name)) return 1
    inProgress.add(name)
    const size = selectionSetSize(fragment.selectionSet)
    inProgress.delete(name)
    sizes.set(name, size)
    return size
  }

  const selectionSetSize = (selectionSet: SelectionSetNode | undefined): number => {
    if (!selectionSet) return 0
    let total = 0
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        total += 1 + selectionSetSize(selection.selectionSet)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += selectionSetSize(selection.selectionSet)
      } else {
        total += fragmentSize(selection.name.value)
      }
      if (total >= cap) return cap
    }
    return total
  }

  const countSpreads = (definition: DefinitionNode) => {
    if (!('selectionSet' in definition) || !definition.selectionSet) return
    const stack: SelectionSetNode[] = [definition.selectionSet]
    while (stack.length > 0) {
      for (const selection of stack.pop()!.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) spreads += 1
        else if (selection.selectionSet) stack.push(selection.selectionSet)
      }
    }
  }

  let expandedSelections = 0
  for (const definition of document.definitions) {
    countSpreads(definition)
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      expandedSelections = Math.max(expandedSelections, selectionSetSize(definition.selectionSet))
    }
  }
  return { spreads, expandedSelections }
}
