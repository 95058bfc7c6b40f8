import type { IncomingMessage, ServerResponse } from 'node:http'

import { type Answer, asMiss, toCachedResponse } from './cachedResponse'
import { isNotModified } from './etag'
import { isStorableResponse } from './responsePolicy'
import type { CachedResponse, ResponseStore } from './responseStore'

/** What to do with the answer to a request the cache missed: store it (maybe) and send it. */
type OpenMiss = (answer: Answer) => boolean

/** Misses waiting for their answer, by response: the front opens one, sendAnswer closes it. */
const openMisses = new WeakMap<ServerResponse, OpenMiss>()

/** Answers from an entry: a 304 when the client holds these very bytes, else the bytes. */
export function sendEntry(
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  headers: readonly string[],
): void {
  if (isNotModified(req.headers, entry.etag)) {
    res.writeHead(304, entry.notModifiedHeaders)
    res.end()
    return
  }
  res.writeHead(entry.status, headers as string[])
  res.end(entry.body)
}

/**
 * The cache front end, for every scope (anonymous readers, each partner's view): answers a hit,
 * or, on a miss, leaves word for the handler that will produce the answer (through sendAnswer) to
 * store it. Headers already set on `res` belong to this request alone (a partner's rate-limit
 * counters, CORS): they are never stored, and a hit keeps the fresh ones. Returns true on a hit.
 */
export function answerFromCache({
  store,
  key,
  req,
  res,
}: {
  store: ResponseStore
  key: string
  req: IncomingMessage
  res: ServerResponse
}): boolean {
  const hit = store.get(key)
  if (hit) {
    sendEntry(req, res, hit, hit.headers)
    return true
  }
  const perRequest = new Set(res.getHeaderNames())
  const generationAtStart = store.currentGeneration()
  openMisses.set(res, (answer) => {
    if (!isStorableResponse(answer.status, answer.headers)) return false
    const ownHeaders = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => !perRequest.has(name)),
    )
    const entry = toCachedResponse({ ...answer, headers: ownHeaders })
    store.set(key, entry, generationAtStart)
    // The entry's headers replace the handler's, so a miss and a later hit are byte-identical.
    for (const name of res.getHeaderNames()) {
      if (!perRequest.has(name)) res.removeHeader(name)
    }
    sendEntry(req, res, entry, asMiss(entry.headers))
    return true
  })
  return false
}

/** Takes back word left by answerFromCache: this request's answer must not be stored. */
export const forgetMiss = (res: ServerResponse): void => {
  openMisses.delete(res)
}

/** Whether the cache front is waiting for this response's answer (then send it whole). */
export const awaitsAnswer = (res: ServerResponse): boolean => openMisses.has(res)

/**
 * How handlers send an answer they hold whole (Payload's REST and GraphQL answers, the partner
 * API's representations): stored and sent in stored form when the cache front missed this request
 * and the answer may be kept, else sent as it is. Headers are those already set on `res`.
 */
export function sendAnswer(res: ServerResponse, status: number, body: Buffer): void {
  const openMiss = openMisses.get(res)
  openMisses.delete(res)
  res.statusCode = status
  if (openMiss?.({ status, headers: res.getHeaders(), body })) return
  res.end(body)
}
