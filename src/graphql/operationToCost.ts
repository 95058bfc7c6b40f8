import { Kind, type DocumentNode } from './graphqlRuntime'

/**
 * The operation name to give graphql-query-complexity: the one asked for, when the document holds
 * an operation by that name and no anonymous one. Given a name, the library reads
 * `operation.name.value` of every operation and throws on an anonymous one, which would turn a
 * client's mistake into a 500. Otherwise no name: the document is refused anyway, by graphql-js
 * (a lone anonymous operation) or by graphql-http (no operation by that name), with a 400.
 */
export function operationToCost(
  document: DocumentNode,
  operationName: string | null | undefined,
): string | undefined {
  if (!operationName) return undefined
  const operations = document.definitions.filter(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION,
  )
  const named = operations.every((operation) => operation.name)
  const found = operations.some((operation) => operation.name?.value === operationName)
  return named && found ? operationName : undefined
}
