import {
  createComplexityRule,
  fieldExtensionsEstimator,
  simpleEstimator,
} from 'graphql-query-complexity'

import type { ExecutionArgs, ValidationRule } from './graphqlRuntime'
import { operationToCost } from './operationToCost'

/**
 * Payload's complexity limit (`graphQL.maxComplexity`), counted the way Payload counts it, but for
 * the operation that will run. Payload builds its rule without `operationName`, so the rule
 * coerced the variables of every operation in the document: `query A {…} query B($x: String!) {…}`
 * sent with `operationName: "A"` failed with "Variable $x … was not provided". This replaces
 * Payload's `validationRules` (which holds only that rule while `disableIntrospectionInProduction`
 * and custom `graphQL.validationRules` are unset, as in payload.config.ts).
 */
export function payloadComplexityRule(
  maximumComplexity: number,
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>,
): ValidationRule {
  return createComplexityRule({
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    maximumComplexity,
    variables: (args.variableValues ?? {}) as Record<string, unknown>,
    operationName: operationToCost(args.document, args.operationName),
  }) as unknown as ValidationRule
}
