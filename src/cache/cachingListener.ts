import type { IncomingMessage, ServerResponse } from 'node:http'

import { refreshHeader } from './backgroundRefresh'
import { answerFromCache, computeRecordingReads, forgetMiss } from './cacheFront'
import { cacheKey } from './cacheKey'
import { isGraphQLQueryBody } from './graphqlOperation'
import {
  type CacheableRoutes,
  cacheableRequest,
  maxCacheableGraphQLBodyBytes,
} from './requestPolicy'
import { processToken } from './peerChannel'
import type { PopularAnswers } from './popularAnswers'
import type { ResponseStore } from './responseStore'

export type Listener = (req: IncomingMessage, res: ServerResponse) => void

export type CachingListenerOptions = {
  store: ResponseStore
  routes: CacheableRoutes
  /** Request headers that change Payload's answer, lower-case. */
  varyHeaders: readonly string[]
  /** Counts reads of anonymous GETs, for the background refresh after an invalidation. */
  popular?: PopularAnswers
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let length = 0
    req.on('data', (chunk: Buffer) => {
      length += chunk.length
      if (length > maxCacheableGraphQLBodyBytes) req.destroy(new Error('body larger than declared'))
      else chunks.push(chunk)
    })
    req.once('end', () => resolve(Buffer.concat(chunks)))
    req.once('error', reject)
  })
}

/**
 * A plain node:http listener in front of the app: a hit is answered here, before Express routing,
 * Payload, access control or the database, with one map lookup and one write. A miss goes to the
 * app, whose REST and GraphQL handlers send their answer through sendAnswer (src/cache/cacheFront),
 * which stores it when it may be kept and sends it in exactly the stored form.
 */
export function createCachingListener(
  { store, routes, varyHeaders, popular }: CachingListenerOptions,
  app: Listener,
): Listener {
  const ownRefreshToken = processToken()
  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: string,
    body?: Buffer,
  ) => {
    const varyValues = varyHeaders.map((name) => String(req.headers[name] ?? ''))
    // graphql-http picks the response's media type (and error statuses) from Accept.
    const varied = path === routes.graphQL ? [...varyHeaders, 'accept'] : varyHeaders
    if (path === routes.graphQL) varyValues.push(String(req.headers.accept ?? ''))
    // A HEAD is answered from the GET's entry (the same headers, Node leaves the body out).
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET')
    const key = cacheKey({ method, path, query, scope: 'anonymous', varyValues, body })
    // Every anonymous GET of one key gets the same answer: those may share a miss (single
    // flight) and be recomputed after an invalidation. GraphQL POSTs are left to compute alone.
    const isGet = method === 'GET'
    if (req.method === 'GET' && popular && req.headers[refreshHeader] !== ownRefreshToken) {
      popular.record(key, req, () => ({
        url: req.url ?? path,
        headers: Object.fromEntries(
          varied.flatMap((name) => {
            const value = req.headers[name]
            return typeof value === 'string' ? [[name, value]] : []
          }),
        ),
      }))
    }
    const compute = () => computeRecordingReads(res, () => app(req, res))
    const shareWith = isGet ? { compute } : undefined
    if (answerFromCache({ store, key, req, res, shareWith })) return
    // Only queries are ever stored, so a hit needs no parsing; a miss must prove it is a query,
    // else its answer (a mutation's) is sent as it is. Otherwise the handler that answers sends
    // through sendAnswer, which stores what may be kept.
    if (body && !isGraphQLQueryBody(body)) forgetMiss(res)
    compute()
  }

  return (req, res) => {
    const url = req.url ?? '/'
    const queryStart = url.indexOf('?')
    const path = queryStart === -1 ? url : url.slice(0, queryStart)
    const query = queryStart === -1 ? '' : url.slice(queryStart + 1)
    const cacheable = cacheableRequest(req.method, path, query, req.headers, routes)
    if (!cacheable) return app(req, res)
    if (cacheable.kind !== 'graphql-post') return answer(req, res, path, query)

    readBody(req).then(
      (body) => {
        // Express's body parser sees a finished stream and keeps this buffer as the body.
        ;(req as IncomingMessage & { body?: Buffer }).body = body
        answer(req, res, path, query, body)
      },
      () => res.destroy(),
    )
  }
}
