import type { RequestHandler } from 'express'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  headersWithCors,
  mergeHeaders,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { emptyTransportAnswer } from '../graphql/emptyTransportAnswer'
import { withErrorCodes } from '../graphql/errorCode'
import { checkGraphQLRequest } from '../graphql/requestGuards'
import { graphQLStatus } from './graphqlStatus'
import { answeredAsOutage } from './outage/outageGuard'
import { sendWholeAnswer, toWebRequest } from './webBridge'

type GraphQLHandler = Awaited<ReturnType<typeof import('./graphqlHandler').createGraphQLHandler>>

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
  // Building Payload's schema was a twelfth of the server's start, and loading @payloadcms/graphql,
  // graphql-js, graphql-http and our limit rules (./graphqlHandler) more (issue 15): all happen on
  // the first GraphQL request or a second after the server is made, whichever comes first.
  let handler: Promise<GraphQLHandler> | undefined
  const graphQLHandler = () =>
    (handler ??= import('./graphqlHandler').then(({ createGraphQLHandler }) =>
      createGraphQLHandler(payload),
    ))
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
      let text = await response.text()
      const explained = text === '' ? emptyTransportAnswer(response.status) : undefined
      if (explained !== undefined) {
        text = explained
        merged.set('content-type', 'application/json; charset=utf-8')
      }
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
