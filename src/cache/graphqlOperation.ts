import { getOperationAST, parse } from 'graphql'

/**
 * True when a GraphQL POST body asks a query (never a mutation or subscription): only queries'
 * answers may be kept. Anything unreadable is not a query, and Payload answers it with an error.
 */
export function isGraphQLQueryBody(body: Buffer): boolean {
  try {
    const { query, operationName } = JSON.parse(body.toString('utf8')) as {
      query?: unknown
      operationName?: unknown
    }
    if (typeof query !== 'string') return false
    const name = typeof operationName === 'string' ? operationName : undefined
    return getOperationAST(parse(query), name)?.operation === 'query'
  } catch {
    return false
  }
}
