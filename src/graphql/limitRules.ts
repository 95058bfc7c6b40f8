import { parse, type ValidationRule } from './graphqlRuntime'

import { aliasLimit } from './aliasLimit'
import { authMutationLimit } from './authMutationLimit'
import { costLimit } from './costLimit'
import { depthLimit } from './depthLimit'
import { measureDocument } from './fragmentBudget'
import { introspectionGuard } from './introspectionGuard'
import { limitError } from './limitError'
import { graphQLLimits } from './limits'

/**
 * Our limits as GraphQL validation rules: they run after parsing and before execution, so a
 * hostile query is answered with its errors and no resolver (and no database query) runs.
 * `operationName` picks the operation that will run; the others in the document are not costed.
 */
export function limitRules({
  variables,
  operationName,
  allowIntrospection,
  limits = graphQLLimits,
}: {
  variables: Record<string, unknown> | null | undefined
  operationName?: string | null
  allowIntrospection: boolean
  limits?: typeof graphQLLimits
}): ValidationRule[] {
  return [
    introspectionGuard(allowIntrospection),
    depthLimit(limits.maxDepth),
    aliasLimit(limits.maxAliases),
    authMutationLimit(),
    costLimit(limits.maxCost, variables, operationName),
  ]
}

/**
 * graphql-js's parser with a token budget, so a query cannot be expensive merely to parse, and a
 * fragment budget checked right after parsing: validation (graphql-js's own rules, Payload's
 * complexity rule and ours) expands every fragment spread, so a document whose fragments multiply
 * must be refused before any of it runs.
 */
export function parseWithinLimits(
  source: Parameters<typeof parse>[0],
  options?: Parameters<typeof parse>[1],
  limits: typeof graphQLLimits = graphQLLimits,
): ReturnType<typeof parse> {
  const document = parse(source, { ...options, maxTokens: limits.maxTokens })
  const { spreads, expandedSelections } = measureDocument(
    document,
    limits.maxExpandedSelections + 1,
  )
  if (spreads > limits.maxFragmentSpreads) {
    throw limitError(
      `The query spreads fragments ${spreads} times; at most ${limits.maxFragmentSpreads} are allowed. Use fewer, larger fragments.`,
    )
  }
  if (expandedSelections > limits.maxExpandedSelections) {
    throw limitError(
      `With its fragments expanded the query selects more than ${limits.maxExpandedSelections} fields, the most allowed. Fragments that spread other fragments several times multiply; ask for each field once.`,
    )
  }
  return document
}
