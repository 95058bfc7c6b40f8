import type { IncomingMessage, ServerResponse } from 'node:http'

import { requestIdHeaders } from '../server/requestId'
import { type Answer, asMiss, toCachedResponse } from './cachedResponse'
import { isNotModified } from './etag'
import { ReadDependencies, recordingReads } from './readDependencies'
import { isStorableResponse } from './responsePolicy'
import type { CachedResponse, ResponseStore } from './responseStore'

/** What to do with the answer to a request the cache missed: store it (maybe) and send it. */
type OpenMiss = (answer: Answer) => boolean

/** Misses waiting for their answer, by response: the front opens one, sendAnswer closes it. */
const openMisses = new WeakMap<ServerResponse, OpenMiss>()

/** What each open miss reads while its answer is computed (computeRecordingReads). */
const missReads = new WeakMap<ServerResponse, ReadDependencies>()

/**
 * A miss other requests for the same key wait on instead of computing the answer again (single
 * flight): `followers` get its entry, or undefined when it produced none to share.
 */
type SharedMiss = {
  generation: number
  followers: ((entry: CachedResponse | undefined) => void)[]
}

const sharedMisses = new WeakMap<ResponseStore, Map<string, SharedMiss>>()

/** Ends a shared miss, by its leader's response: hands its followers the entry or nothing. */
const settleSharedMiss = new WeakMap<ServerResponse, (entry?: CachedResponse) => void>()

function sharedMissesOf(store: ResponseStore): Map<string, SharedMiss> {
  let misses = sharedMisses.get(store)
  if (!misses) sharedMisses.set(store, (misses = new Map()))
  return misses
}

/**
 * Joins a miss already computing this key's answer, when it may be shared: it started in this very
 * generation, so nothing changed since, and in particular no publish returned in between (a publish
 * moves the generation before it returns). A request that arrives after a publish therefore never
 * waits on an answer computed before it. Returns false when there is none to join.
 */
function joinSharedMiss(
  store: ResponseStore,
  key: string,
  req: IncomingMessage,
  res: ServerResponse,
  withoutSharing: () => void,
): boolean {
  const shared = sharedMissesOf(store).get(key)
  if (!shared || shared.generation !== store.currentGeneration() || !store.serving) return false
  shared.followers.push((entry) => {
    if (res.destroyed || res.writableEnded) return
    if (entry) sendEntry(req, res, entry, asMiss(entry.headers))
    else withoutSharing()
  })
  return true
}

/** Makes this miss the one later requests for the same key wait on, until it is answered. */
function leadSharedMiss(
  store: ResponseStore,
  key: string,
  res: ServerResponse,
  generation: number,
): void {
  const misses = sharedMissesOf(store)
  const shared: SharedMiss = { generation, followers: [] }
  misses.set(key, shared)
  const settle = (entry?: CachedResponse) => {
    settleSharedMiss.delete(res)
    if (misses.get(key) === shared) misses.delete(key)
    const followers = shared.followers
    shared.followers = []
    for (const follower of followers) follower(entry)
  }
  settleSharedMiss.set(res, settle)
  // However the leader ends (an error answer, a stream, the client going away), nobody waits on.
  res.once('close', () => settle())
}

/**
 * Answers from an entry: a 304 when the client holds these very bytes, else the bytes. `fresh`
 * (flat, `[name, value, …]`) are this request's own headers, written in the same `writeHead` with
 * its request id (requestId.ts); none may share a name with the entry's.
 */
export function sendEntry(
  req: IncomingMessage,
  res: ServerResponse,
  entry: CachedResponse,
  headers: readonly string[],
  fresh: readonly string[] = [],
): void {
  if (isNotModified(req.headers, entry.etag)) {
    res.writeHead(304, [...requestIdHeaders(res), ...fresh, ...entry.notModifiedHeaders])
    res.end()
    return
  }
  res.writeHead(entry.status, [...requestIdHeaders(res), ...fresh, ...headers])
  res.end(entry.body)
}

/**
 * The cache front end, for every scope (anonymous readers, each partner's view): answers a hit,
 * or, on a miss, leaves word for the handler that will produce the answer (through sendAnswer) to
 * store it. Headers already set on `res` belong to this request alone (a partner's rate-limit
 * counters, CORS): they are never stored, and a hit keeps the fresh ones. Returns true when the
 * request is taken care of (a hit, or a shared miss), false when the caller must compute it.
 *
 * `shareWith`, given only where every request for one key may get the same answer (anonymous
 * GETs), turns on single flight: concurrent misses for the key wait on the first one instead of
 * computing it again, and are answered with its entry. When the first produced nothing to share
 * (an error, a stream), each of them runs `shareWith.compute` itself, not sharing again.
 */
export function answerFromCache({
  store,
  key,
  req,
  res,
  shareWith,
}: {
  store: ResponseStore
  key: string
  req: IncomingMessage
  res: ServerResponse
  shareWith?: { compute: () => void }
}): boolean {
  const hit = store.get(key)
  if (hit) {
    sendEntry(req, res, hit, hit.headers)
    return true
  }
  if (shareWith) {
    const withoutSharing = () => {
      openMissFor(store, key, req, res)
      shareWith.compute()
    }
    if (joinSharedMiss(store, key, req, res, withoutSharing)) return true
  }
  const generationAtStart = openMissFor(store, key, req, res)
  if (shareWith && store.serving) leadSharedMiss(store, key, res, generationAtStart)
  return false
}

/** Leaves word for sendAnswer to store this response's answer under `key`. */
function openMissFor(
  store: ResponseStore,
  key: string,
  req: IncomingMessage,
  res: ServerResponse,
): number {
  const perRequest = new Set(res.getHeaderNames())
  const generationAtStart = store.currentGeneration()
  const reads = new ReadDependencies()
  missReads.set(res, reads)
  openMisses.set(res, (answer) => {
    if (!isStorableResponse(answer.status, answer.headers)) return false
    const ownHeaders = Object.fromEntries(
      Object.entries(answer.headers).filter(([name]) => !perRequest.has(name)),
    )
    const entry = toCachedResponse({ ...answer, headers: ownHeaders })
    // Kept until something it read changes; without recorded reads, until anything changes.
    store.set(key, entry, generationAtStart, reads.tags())
    settleSharedMiss.get(res)?.(entry)
    // The entry's headers replace the handler's, so a miss and a later hit are byte-identical.
    for (const name of res.getHeaderNames()) {
      if (!perRequest.has(name)) res.removeHeader(name)
    }
    sendEntry(req, res, entry, asMiss(entry.headers))
    return true
  })
  return generationAtStart
}

/**
 * Computes a missed answer (the caller's `compute`, e.g. the app handling the request), recording
 * the database reads it makes, so the stored answer is dropped only when one of them changes. A
 * miss whose reads are not recorded so (the partner API's, computed further down its router) is
 * dropped on every change.
 */
export function computeRecordingReads(res: ServerResponse, compute: () => void): void {
  const reads = missReads.get(res)
  if (reads) recordingReads(reads, compute)
  else compute()
}

/** Takes back word left by answerFromCache: this request's answer must not be stored or shared. */
export const forgetMiss = (res: ServerResponse): void => {
  openMisses.delete(res)
  settleSharedMiss.get(res)?.()
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
  settleSharedMiss.get(res)?.()
  // Node computes Content-Length from the body on GET only; a HEAD must carry it too.
  res.setHeader('content-length', body.length)
  res.end(body)
}
