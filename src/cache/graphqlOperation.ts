import { createRequire } from 'node:module'

// graphql-js (130 modules) is loaded on the first GraphQL POST, not at start (issue 15). It has no
// exports map, so this is the same copy Payload's schema uses.
const requireOnFirstUse = createRequire(import.meta.url)
let graphql: typeof import('graphql') | undefined

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
    graphql ??= requireOnFirstUse('graphql') as typeof import('graphql')
    return graphql.getOperationAST(graphql.parse(query), name)?.operation === 'query'
  } catch {
    return false
  }
}
