import { GraphQLError, type ASTNode } from './graphqlRuntime'

/**
 * A validation error for a request over one of our limits: reported before anything executes,
 * with a message that says what to change, and a 400 status the HTTP layer passes on.
 */
export function limitError(message: string, nodes?: readonly ASTNode[] | ASTNode): GraphQLError {
  return new GraphQLError(message, {
    nodes,
    extensions: { code: 'GRAPHQL_LIMIT_EXCEEDED', statusCode: 400 },
  })
}
