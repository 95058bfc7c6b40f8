import { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http'
import { logError, type Payload, type PayloadRequest } from 'payload'

import { configuration } from '../config'
import { cachedParse, cachedValidate } from '../graphql/documentCache'
import { execute } from '../graphql/graphqlRuntime'
import { executionErrorStatus, graphQLErrorCode } from '../graphql/errorCode'
import { limitRules, parseWithinLimits } from '../graphql/limitRules'
import { payloadComplexityRule } from '../graphql/payloadComplexity'
import { readAskedFields } from '../graphql/readAskedFields'

/**
 * The GraphQL handler itself: graphql-http on Payload's schema with our parse cache and limits.
 * Its own module because src/server/graphql.ts imports it on the first GraphQL request (or its
 * warm-up a second after start): graphql-js, graphql-http and the limit rules (about 150 modules)
 * are no part of the server's start (issue 15).
 */

/** What Payload's resolvers read from the GraphQL context: the request, and headers to add. */
export type GraphQLContext = { headers: Record<string, string>; req: PayloadRequest }

/**
 * Payload's error shape for GraphQL, hiding server faults' details as Payload does, with a stable
 * `extensions.code` (src/graphql/errorCode.ts) beside Payload's name, data and statusCode.
 */
function formatError(error: GraphQLError, payload: Payload): GraphQLError {
  const original = error.originalError as { name?: string; data?: unknown } | undefined
  const status = executionErrorStatus(error)
  if (status >= 500) logError({ err: error as never, payload })
  return new GraphQLError(
    status >= 500 && !payload.config.debug ? 'Something went wrong.' : error.message,
    {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: {
        code: graphQLErrorCode(status),
        name: original?.name,
        data: original?.data,
        statusCode: status,
      },
    },
  )
}

export async function createGraphQLHandler(payload: Payload) {
  const { configToSchema } = await import('@payloadcms/graphql')
  // Payload's own validationRules are replaced by payloadComplexityRule (see there for why).
  const { schema } = configToSchema(payload.config)
  const maxComplexity = payload.config.graphQL.maxComplexity ?? 1000
  const allowIntrospection = !configuration().isProduction
  const askedFieldsOnly = readAskedFields(schema)

  // Built once: each request brings its Payload request as the GraphQL context (see above).
  return createHandler<Request, GraphQLContext, GraphQLContext>({
    schema,
    context: (request) => request.context,
    // A query seen before is neither parsed nor checked by graphql-js's own rules again.
    parse: cachedParse((source) => parseWithinLimits(source)),
    validate: cachedValidate(schema),
    validationRules: (_request, args, defaultRules) =>
      defaultRules.concat(
        payloadComplexityRule(maxComplexity, args),
        limitRules({
          variables: args.variableValues,
          operationName: args.operationName,
          allowIntrospection,
        }),
      ),
    // Checked as sent; run reading only the fields the query asks for (src/graphql/readAskedFields).
    execute: (args) => execute({ ...args, document: askedFieldsOnly(args.document) }),
    onOperation: (_request, _args, result) =>
      result.errors
        ? { ...result, errors: result.errors.map((error) => formatError(error, payload)) }
        : result,
  })
}
