import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  typeFromAST,
  valueFromAST,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationContext,
} from './graphqlRuntime'

import { limitError } from './limitError'

/**
 * How a query's cost is estimated, in documents and relations the server may have to load:
 * - a leaf (text, number, JSON) costs nothing beyond the document that holds it;
 * - an object field costs 1, or the `complexity` Payload gives it (10 for a relationship or upload);
 * - a paginated field (one that takes `limit`) multiplies what is below it by the limit asked for
 *   (Payload's default 10; `limit: 0`, which means "all", counts as `unboundedListSize`);
 * - any other list (hasMany relationships, arrays, blocks) multiplies what is below it by
 *   `assumedListSize`, except the `docs` list of a page, whose size the limit already counted.
 * Payload's own `maxComplexity` counts each field once whatever the limit; this counts the rows.
 */
export const costModel = { defaultPageSize: 10, unboundedListSize: 1000, assumedListSize: 10 }

type Variables = Record<string, unknown> | null | undefined

type Walk = {
  schema: GraphQLSchema
  fragments: Record<string, FragmentDefinitionNode>
  variables: Variables
}

function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNodeLike, walk: Walk): number {
  const argument = node.arguments?.find((arg) => arg.name.value === 'limit')
  const definition = field.args.find((arg) => arg.name === 'limit')
  if (!argument || !definition) return costModel.defaultPageSize
  const value = valueFromAST(argument.value, definition.type, walk.variables ?? undefined)
  if (typeof value !== 'number' || !Number.isFinite(value)) return costModel.defaultPageSize
  return value <= 0 ? costModel.unboundedListSize : Math.min(value, costModel.unboundedListSize)
}

type FieldNodeLike = {
  name: { value: string }
  arguments?: readonly { name: { value: string }; value: Parameters<typeof valueFromAST>[0] }[]
  selectionSet?: SelectionSetNode
}

function fieldsOf(type: GraphQLCompositeType) {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields() : {}
}

function selectionCost(
  selectionSet: SelectionSetNode | undefined,
  parentType: GraphQLCompositeType,
  walk: Walk,
  insidePage: boolean,
  visited: ReadonlySet<string>,
): number {
  if (!selectionSet) return 0
  let total = 0
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = fieldsOf(parentType)[selection.name.value]
      if (!field) continue
      const fieldType = getNamedType(field.type)
      if (!isCompositeType(fieldType)) continue
      const complexity = field.extensions?.complexity
      const base = typeof complexity === 'number' ? complexity : 1
      const takesLimit = field.args.some((arg) => arg.name === 'limit')
      const isList = isListType(getNullableType(field.type))
      let multiplier = 1
      if (takesLimit) multiplier = pageSize(field, selection, walk)
      else if (isList && !insidePage) multiplier = costModel.assumedListSize
      const below = selectionCost(selection.selectionSet, fieldType, walk, takesLimit, visited)
      total += base + multiplier * below
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? (typeFromAST(walk.schema, selection.typeCondition) as GraphQLCompositeType | undefined)
        : parentType
      total += selectionCost(
        selection.selectionSet,
        condition ?? parentType,
        walk,
        insidePage,
        visited,
      )
    } else {
      const name = selection.name.value
      const fragment = walk.fragments[name]
      if (!fragment || visited.has(name)) continue
      const condition = typeFromAST(walk.schema, fragment.typeCondition) as
        GraphQLCompositeType | undefined
      total += selectionCost(
        fragment.selectionSet,
        condition ?? parentType,
        walk,
        insidePage,
        new Set(visited).add(name),
      )
    }
  }
  return total
}

/** The estimated cost of each operation in the document, by operation name (or "anonymous"). */
export function operationCosts(
  context: Pick<ValidationContext, 'getDocument' | 'getSchema'>,
  variables: Variables,
): Map<string, number> {
  const schema = context.getSchema()
  const fragments: Record<string, FragmentDefinitionNode> = {}
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition
  }
  const costs = new Map<string, number>()
  for (const definition of context.getDocument().definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    const root = schema.getRootType(definition.operation)
    if (!root) continue
    const cost = selectionCost(
      definition.selectionSet,
      root,
      { schema, fragments, variables },
      false,
      new Set(),
    )
    costs.set(definition.name?.value ?? 'anonymous', cost)
  }
  return costs
}

/**
 * Refuses the operation that will run when its estimated cost is over `maxCost`. Only that one:
 * the variables sent belong to it, and the other operations of the document never execute.
 */
export function costLimit(maxCost: number, variables: Variables, operationName?: string | null) {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      leave() {
        for (const [name, cost] of operationCosts(context, variables)) {
          if (operationName && name !== operationName) continue
          if (cost <= maxCost) continue
          context.reportError(
            limitError(
              `The ${name === 'anonymous' ? '' : `"${name}" `}query would load about ${cost} documents and relations; at most ${maxCost} are allowed per request. Ask for a smaller limit or fewer related documents, and page through the rest.`,
            ),
          )
        }
      },
    },
  })
}
