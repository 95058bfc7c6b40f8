import { createComplexityRule, type ComplexityEstimatorArgs } from 'graphql-query-complexity'

import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLCompositeType,
  type ValidationRule,
} from './graphqlRuntime'
import { limitError } from './limitError'
import { operationToCost } from './operationToCost'

/**
 * How a query's cost is estimated, in documents and relations the server may have to load:
 * - a leaf (text, number, JSON) costs nothing beyond the document that holds it;
 * - an object field costs 1, or the `complexity` Payload gives it (10 for a relationship or upload);
 * - a paginated field (one that takes `limit`) multiplies what is below it by the limit asked for
 *   (Payload's default 10; `limit: 0`, which means "all", counts as `unboundedListSize`);
 * - any other list (hasMany relationships, arrays, blocks) multiplies what is below it by
 *   `assumedListSize`, except the `docs` list of a page, whose size the limit already counted;
 * - introspection (`__schema`, `__type`) costs nothing: it reads the schema, not the database.
 * Payload's own `maxComplexity` counts each field once whatever the limit; this counts the rows.
 */
export const costModel = { defaultPageSize: 10, unboundedListSize: 1000, assumedListSize: 10 }

function pageSize(limit: unknown): number {
  if (typeof limit !== 'number' || !Number.isFinite(limit)) return costModel.defaultPageSize
  return limit <= 0 ? costModel.unboundedListSize : Math.min(limit, costModel.unboundedListSize)
}

/** A page of results (Payload's `docs`, `totalDocs`…): its `docs` list is as long as the limit. */
const isPageOfResults = (type: GraphQLCompositeType) =>
  isObjectType(type) && 'totalDocs' in type.getFields()

/** The cost model above as a graphql-query-complexity estimator. */
export function rowsEstimator({ type, field, args, childComplexity }: ComplexityEstimatorArgs) {
  if (field.name.startsWith('__') || !isCompositeType(getNamedType(field.type))) return 0
  const complexity = field.extensions?.complexity
  const base = typeof complexity === 'number' ? complexity : 1
  let multiplier = 1
  if (field.args.some((arg) => arg.name === 'limit')) multiplier = pageSize(args.limit)
  else if (isListType(getNullableType(field.type)) && !isPageOfResults(type)) {
    multiplier = costModel.assumedListSize
  }
  return base + multiplier * childComplexity
}

/** The name the refusal gives the operation: the one asked for, or the document's only one. */
function operationLabel(document: DocumentNode, operationName?: string | null): string {
  if (operationName) return `"${operationName}" `
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  )
  const only = operations.length === 1 ? operations[0] : undefined
  return only?.name ? `"${only.name.value}" ` : ''
}

/**
 * Refuses the operation that will run when its estimated cost is over `maxCost`, with
 * graphql-query-complexity (which Payload's own complexity rule uses) and the estimator above.
 * Only that operation is costed: the variables sent belong to it, and the others never execute.
 */
export function costLimit(
  maxCost: number,
  variables: Record<string, unknown> | null | undefined,
  operationName?: string | null,
): ValidationRule {
  return (context) =>
    createComplexityRule({
      estimators: [rowsEstimator],
      maximumComplexity: maxCost,
      variables: variables ?? {},
      operationName: operationToCost(context.getDocument(), operationName),
      createError: (max, cost) =>
        limitError(
          `The ${operationLabel(context.getDocument(), operationName)}query would load about ${cost} documents and relations; at most ${max} are allowed per request. Ask for a smaller limit or fewer related documents, and page through the rest.`,
        ),
    })(context)
}
