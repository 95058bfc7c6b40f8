import type { Express } from 'express'
import type { Payload } from 'payload'

import { createCachingListener, type Listener } from './cachingListener'
import { startPeerSync } from './peerSync'
import { sharedResponseStore } from './responseStore'

type HandleFunction = (req: unknown, res: unknown, callback?: unknown) => void

/** `RESPONSE_CACHE=off` serves every request through Payload (the benchmark's cold runs). */
export const isResponseCacheEnabled = () => process.env.RESPONSE_CACHE !== 'off'

/**
 * Puts the response cache in front of the Express app: the app's own request handler is wrapped, so
 * whoever listens with the app (`app.listen`, `http.createServer(app)`) gets the cache first and a
 * hit never reaches Express's router. Cacheable: anonymous reads of the content collections (those
 * with drafts) and the globals, over REST and GraphQL.
 */
export function attachResponseCache(app: Express, payload: Payload): void {
  if (!isResponseCacheEnabled()) return
  const { config } = payload
  const store = sharedResponseStore()
  const routes = {
    api: config.routes.api,
    graphQL: `${config.routes.api}${config.routes.graphQL}`,
    collections: new Set(
      config.collections
        .filter((collection) => collection.versions?.drafts)
        .map(({ slug }) => slug),
    ),
    globals: new Set(config.globals.map(({ slug }) => slug)),
  }
  // Payload translates its messages by Accept-Language only when it knows more than one language.
  const translated = Object.keys(config.i18n?.supportedLanguages ?? {}).length > 1
  const varyHeaders = ['origin', ...(translated ? ['accept-language'] : [])]

  const expressApp = app as unknown as { handle: HandleFunction }
  const handle = expressApp.handle.bind(app)
  const listener = createCachingListener({ store, routes, varyHeaders }, ((req, res) =>
    handle(req, res)) as Listener)
  // Mounted as a sub-app (a callback is given), the app is not the front door: no cache then.
  expressApp.handle = (req, res, callback) =>
    callback ? handle(req, res, callback) : listener(req as never, res as never)

  const stopPeerSync = startPeerSync(payload, store)
  const destroy = payload.destroy.bind(payload)
  payload.destroy = async () => {
    await stopPeerSync()
    return destroy()
  }
}
