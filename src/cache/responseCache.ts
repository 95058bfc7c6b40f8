import type { Payload } from 'payload'

import { createCachingListener, type Listener } from './cachingListener'
import { startPeerSync } from './peerSync'
import { sharedResponseStore } from './responseStore'

export type ResponseCacheStage = {
  /** Puts the cache in front of `next`: a hit never reaches it. */
  front: (next: Listener) => Listener
  /** Stops listening for the other servers' changes (PostgreSQL); call on shutdown. */
  stop: () => Promise<void>
}

/**
 * The response cache for anonymous reads of the content collections (those with drafts) and the
 * globals, over REST and GraphQL; kept in step with the other servers on the same PostgreSQL
 * database while it runs.
 */
export function createResponseCache(payload: Payload): ResponseCacheStage {
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

  return {
    front: (next) => createCachingListener({ store, routes, varyHeaders }, next),
    stop: startPeerSync(payload, store),
  }
}
