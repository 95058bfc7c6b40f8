type GraphQLResultLike = {
  data?: Record<string, unknown> | null
  errors?: { extensions?: { statusCode?: unknown } }[]
}

/**
 * The HTTP status for a GraphQL result. graphql-http answers 200 to many failed requests (it is
 * allowed to for `application/json`); we answer client mistakes with a 4xx so every entry point
 * behaves alike. A partial result, with some data, stays 200.
 */
export function graphQLStatus(result: GraphQLResultLike, transportStatus: number): number {
  if (transportStatus !== 200 || !result.errors?.length) return transportStatus
  if (result.data === undefined || result.data === null) return 400

  const everyRootFieldFailed = Object.values(result.data).every((value) => value === null)
  if (!everyRootFieldFailed) return 200

  const statuses = result.errors.map(({ extensions }) =>
    typeof extensions?.statusCode === 'number' ? extensions.statusCode : 500,
  )
  if (statuses.some((status) => status >= 500)) return 500
  return statuses[0] ?? 400
}
