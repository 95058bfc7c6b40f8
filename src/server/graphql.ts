import type { RequestHandler } from 'express'
import { GraphQLError } from 'graphql'
import { createHandler } from 'graphql-http'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  logError,
  mergeHeaders,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { configuration } from '../config'
import { cachedParse, cachedValidate } from '../graphql/documentCache'
import { executionErrorStatus, graphQLErrorCode, withErrorCodes } from '../graphql/errorCode'
import { limitRules, parseWithinLimits } from '../graphql/limitRules'
import { payloadComplexityRule } from '../graphql/payloadComplexity'
import { checkGraphQLRequest } from '../graphql/requestGuards'
import { graphQLStatus } from './graphqlStatus'
import { answeredAsOutage } from './outage/outageGuard'
import { sendWholeAnswer, toWebRequest } from './webBridge'

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

/** What Payload's resolvers read from the GraphQL context: the request, and headers to add. */
type GraphQLContext = { headers: Record<string, string>; req: PayloadRequest }

/** The JSON body validatedJsonBody buffered (already known to parse), or undefined. */
function bufferedJson(body: unknown): unknown {
  return Buffer.isBuffer(body) && body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined
}

function parseResult(body: string) {
  try {
    return JSON.parse(body)
  } catch {
    return {}
  }
}

/**
 * GraphQL over HTTP (graphql-http, spec-compliant) on Payload's schema, served by Express directly
 * instead of through Next's route handler. Batches and oversized queries are refused before
 * parsing; depth, alias, cost and introspection limits (src/graphql/) before any resolver runs.
 */
export function payloadGraphQL(payload: Payload, publicOrigin: string): RequestHandler {
  // Building Payload's schema was a twelfth of the server's start, and loading @payloadcms/graphql
  // another 0.15 s of CPU (issue 15): both happen on the first GraphQL request or a second after
  // the server is made, whichever comes first.
  let handler: ReturnType<typeof createGraphQLHandler> | undefined
  const graphQLHandler = () => (handler ??= createGraphQLHandler(payload))
  // A schema that cannot be built is reported by the requests that need it.
  setTimeout(() => graphQLHandler().catch(() => undefined), schemaWarmUpDelayMs).unref()

  return async (req, res, next) => {
    try {
      const refusal = checkGraphQLRequest(bufferedJson(req.body), req.query.query, req.originalUrl)
      if (refusal) {
        res.status(refusal.status).json({
          errors: [
            {
              message: refusal.message,
              extensions: { code: 'GRAPHQL_LIMIT_EXCEEDED', statusCode: refusal.status },
            },
          ],
        })
        return
      }
      const request = toWebRequest(req, publicOrigin)
      const payloadRequest: PayloadRequest = await createPayloadRequest({
        canSetHeaders: true,
        config: payload.config,
        request: request.clone(),
      })
      await addDataAndFileToRequest(payloadRequest)
      addLocalesToRequestFromData(payloadRequest)

      const extraHeaders: Record<string, string> = {}
      const handle = await graphQLHandler()
      const [answer, init] = await handle({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: () => request.text(),
        raw: request,
        context: { headers: extraHeaders, req: payloadRequest },
      })
      const response = new Response(answer, init)
      const headers = headersWithCors({
        headers: new Headers(response.headers),
        req: payloadRequest,
      })
      for (const [name, value] of Object.entries(extraHeaders)) headers.append(name, value)
      const merged = payloadRequest.responseHeaders
        ? mergeHeaders(payloadRequest.responseHeaders, headers)
        : headers
      // GraphQL answers are small JSON documents; reading one lets the status reflect its errors.
      const text = await response.text()
      const result = parseResult(text)
      const status = graphQLStatus(result, response.status)
      const coded = withErrorCodes(result, status)
      const body = coded === result ? text : JSON.stringify(coded)
      if (status >= 500 && (await answeredAsOutage(payload, res))) return
      sendWholeAnswer(status, merged, body, res)
    } catch (error) {
      next(error)
    }
  }
}

/** How long after the server is made its GraphQL schema is built, when no request asked first. */
const schemaWarmUpDelayMs = 1000

async function createGraphQLHandler(payload: Payload) {
  const { configToSchema } = await import('@payloadcms/graphql')
  // Payload's own validationRules are replaced by payloadComplexityRule (see there for why).
  const { schema } = configToSchema(payload.config)
  const maxComplexity = payload.config.graphQL.maxComplexity ?? 1000
  const allowIntrospection = !configuration().isProduction

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
    onOperation: (_request, _args, result) =>
      result.errors
        ? { ...result, errors: result.errors.map((error) => formatError(error, payload)) }
        : result,
  })
}
