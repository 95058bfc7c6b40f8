import {
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from './graphqlRuntime'

import { limitError } from './limitError'

/** Payload's authentication mutations: loginUser, forgotPasswordUser, unlockUser… */
export const authMutationPattern =
  /^(login|forgotPassword|resetPassword|unlock|verifyEmail|refreshToken)[A-Z]/

/** The root fields of a selection set, through inline fragments and fragment spreads. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visited = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = []
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection)
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      fields.push(...rootFields(selection.selectionSet, fragments, visited))
    } else {
      const fragment = fragments.get(selection.name.value)
      if (!fragment || visited.has(fragment.name.value)) continue
      visited.add(fragment.name.value)
      fields.push(...rootFields(fragment.selectionSet, fragments, visited))
    }
  }
  return fields
}

/**
 * At most one authentication mutation per request: 20 aliased `loginUser` fields were 20
 * password guesses in one request, counted once by the sign-in throttle.
 */
export function authMutationLimit(maxPerRequest = 1) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) {
        fragments.set(definition.name.value, definition)
      }
    }
    return {
      OperationDefinition(operation) {
        if (operation.operation !== 'mutation') return
        const auth = rootFields(operation.selectionSet, fragments).filter((field) =>
          authMutationPattern.test(field.name.value),
        )
        if (auth.length <= maxPerRequest) return
        context.reportError(
          limitError(
            `The request holds ${auth.length} sign-in or password operations; send one per request.`,
            auth[maxPerRequest],
          ),
        )
      },
    }
  }
}
