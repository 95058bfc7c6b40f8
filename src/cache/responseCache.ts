import type { Payload } from 'payload'

import { startBackgroundRefresh } from './backgroundRefresh'
import { createCachingListener, type Listener } from './cachingListener'
import { startPeerSync } from './peerSync'
import { PopularAnswers } from './popularAnswers'
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
 * database while it runs. Concurrent misses of one anonymous GET share one computation, and after
 * each invalidation the 20 most-read answers are recomputed in the background.
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

  const popular = new PopularAnswers()
  const stopRefresh = startBackgroundRefresh({ store, popular, logger: payload.logger })
  const stopPeerSync = startPeerSync(payload, store)

  return {
    front: (next) => createCachingListener({ store, routes, varyHeaders, popular }, next),
    stop: async () => {
      stopRefresh()
      await stopPeerSync()
    },
  }
}
