import type { IncomingMessage, ServerResponse } from 'node:http'

import { createResponseCache } from '../cache/responseCache'
import { partnerFront } from '../syndication/http/partnerFront'
import { createAccessLog } from './accessLog'
import { createApp, type CreateAppOptions } from './createApp'
import { stampRequestId } from './requestId'
import { createDrain, refuseWhileDraining, type Drain } from './shutdown'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

export type RequestPipeline = {
  /** The node:http request listener: every stage below, in order. */
  listener: Listener
  drain: Drain
  /**
   * Ends the stages' background work (the cache's peer sync and background refresh) and writes
   * out buffered access lines; the server calls it on shutdown.
   */
  stop: () => Promise<void>
}

/**
 * The request pipeline, top to bottom in the order a request meets it (README, Architecture):
 *
 *   access log → refuse while draining → response cache → partner cache hits → Express app
 *                                                          ├─ /healthz, /syndication, /infobutton
 *                                                          ├─ /api/graphql, /api/* (Payload)
 *                                                          └─ Next (admin, website)
 *
 * Each stage is a plain function from the next listener to a listener; nothing wraps or replaces
 * a framework object's methods. `responseCache: false` (RESPONSE_CACHE=off) leaves both caches out
 * (the router's partner cache and key index read the same setting).
 */
export function createRequestPipeline({
  responseCache = true,
  ...appOptions
}: CreateAppOptions & { responseCache?: boolean }): RequestPipeline {
  const { payload } = appOptions
  const drain = createDrain()
  const app = createApp(appOptions) as unknown as Listener
  const cache = responseCache ? createResponseCache(payload) : undefined
  const accessLog = createAccessLog(payload)

  const partnerHits = (next: Listener) =>
    partnerFront({ payload, isDevelopment: appOptions.isDevelopment ?? false }, next)

  const stages: ((next: Listener) => Listener)[] = [
    accessLog.stage,
    refuseWhileDraining(drain),
    ...(cache ? [cache.front, partnerHits] : []),
  ]
  const listener = stages.reduceRight((next, stage) => stage(next), stampRequestId(app))
  const stop = async () => {
    await cache?.stop()
    accessLog.flush()
  }
  return { listener, drain, stop }
}
