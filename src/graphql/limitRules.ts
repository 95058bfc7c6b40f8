import { parse, type ValidationRule } from './graphqlRuntime'

import { aliasLimit } from './aliasLimit'
import { costLimit } from './costLimit'
import { depthLimit } from './depthLimit'
import { introspectionGuard } from './introspectionGuard'
import { graphQLLimits } from './limits'

/**
 * Our limits as GraphQL validation rules: they run after parsing and before execution, so a
 * hostile query is answered with its errors and no resolver (and no database query) runs.
 */
export function limitRules({
  variables,
  allowIntrospection,
  limits = graphQLLimits,
}: {
  variables: Record<string, unknown> | null | undefined
  allowIntrospection: boolean
  limits?: typeof graphQLLimits
}): ValidationRule[] {
  return [
    introspectionGuard(allowIntrospection),
    depthLimit(limits.maxDepth),
    aliasLimit(limits.maxAliases),
    costLimit(limits.maxCost, variables),
  ]
}

/** graphql-js's parser with a token budget, so a query cannot be expensive merely to parse. */
export const parseWithTokenLimit: typeof parse = (source, options) =>
  parse(source, { ...options, maxTokens: graphQLLimits.maxTokens })
