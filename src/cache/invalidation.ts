import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  DatabaseAdapterObj,
  GlobalAfterChangeHook,
  GlobalConfig,
  Payload,
  PayloadRequest,
} from 'payload'

import { wrapAdapter } from '../database/wrapAdapter'
import { notifyPeers } from './peerChannel'
import { documentWriteTags, globalTag } from './readTags'
import { sharedResponseStore } from './responseStore'

type TransactionID = number | string
type AnyMethod = (...args: never[]) => unknown

/** What a transaction's content writes changed: tags, or (undefined among them) everything. */
type PendingWrite = { tags: Set<string>; everything: boolean }

/** Transactions holding a content write, per Payload instance, until they commit or roll back. */
const pendingByPayload = new WeakMap<Payload, Map<TransactionID, PendingWrite>>()

function pendingWrites(payload: Payload): Map<TransactionID, PendingWrite> {
  let pending = pendingByPayload.get(payload)
  if (!pending) pendingByPayload.set(payload, (pending = new Map()))
  return pending
}

/**
 * Hooks run inside the write's transaction, before it commits. Dropping the cache there is not
 * enough: a reader could still fetch the old rows and store them. So the store refuses new entries
 * until the commit, and is cleared again (and the other servers told) right after it; both happen
 * inside the editor's request, before the save returns. The database adapter reports the end of
 * each transaction through this wrapper, installed in payload.config.ts.
 */
export function withResponseCacheCommits(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return wrapAdapter(adapterObj, ({ payload }) => {
    const settle = async (id: TransactionID, committed: boolean) => {
      const pending = pendingWrites(payload).get(id)
      if (!pending) return
      pendingWrites(payload).delete(id)
      const store = sharedResponseStore()
      const tags = [...pending.tags]
      if (tags.length) store.writeSettled(tags)
      if (pending.everything) store.writeSettled()
      if (committed) await notifyPeers(payload, pending.everything ? undefined : tags)
    }
    const settling =
      (committed: boolean) =>
      (end: AnyMethod) =>
      async (incoming: TransactionID | Promise<TransactionID>) => {
        const id = await incoming
        try {
          await (end as (id: TransactionID) => Promise<void>)(id)
        } finally {
          await settle(id, committed)
        }
      }
    return { commitTransaction: settling(true), rollbackTransaction: settling(false) }
  })
}

let invalidations = 0

/** How many writes have dropped the public caches since the process started (tests count them). */
export const invalidationCount = () => invalidations

async function invalidateForWrite(req: PayloadRequest, tags: string[]): Promise<void> {
  invalidations += 1
  await invalidateStoreForWrite(req, tags)
}

/**
 * Drops what a write changed (`tags`, or everything when undefined). Inside a transaction the
 * store also refuses answers that read it until the transaction ends (withResponseCacheCommits).
 */
async function invalidateStoreForWrite(
  req: PayloadRequest,
  tags: string[] | undefined,
): Promise<void> {
  const store = sharedResponseStore()
  const transactionID = (await req.transactionID) as TransactionID | undefined
  if (transactionID === undefined || transactionID === null) {
    // No transaction (e.g. MongoDB without a replica set): the write is already visible.
    store.invalidate(tags)
    await notifyPeers(req.payload, tags)
    return
  }
  const transactions = pendingWrites(req.payload)
  let pending = transactions.get(transactionID)
  if (!pending) transactions.set(transactionID, (pending = { tags: new Set(), everything: false }))
  if (!tags) {
    if (pending.everything) store.invalidate()
    else store.writeStarted()
    pending.everything = true
    return
  }
  const fresh = tags.filter((tag) => !pending.tags.has(tag))
  for (const tag of fresh) pending.tags.add(tag)
  // Each tag is counted uncommitted once per transaction, and settled once with it.
  if (fresh.length) store.writeStarted(fresh)
  if (fresh.length < tags.length) store.invalidate(tags.filter((tag) => !fresh.includes(tag)))
}

/** Where noteDraftSave records that the running save was asked for a draft (`draft: true`). */
const draftSaveKey = 'cache:draftSave'

/**
 * Records the operation's own `draft` argument, on every transport: REST (where Payload has already
 * turned `?draft=true` into a boolean), GraphQL, the Local API and the admin's autosave.
 */
const noteDraftSave: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'restoreVersion') {
    req.context[draftSaveKey] = Boolean((args as { draft?: unknown }).draft)
  }
  return args
}

/** For a save that turned out to leave the published document as it was (an editor's restore). */
export const markDraftOnlySave = (req: PayloadRequest) => {
  req.context[draftSaveKey] = true
}

/**
 * A save with `draft: true` that does not publish writes only a version row: the published
 * document, all anonymous readers see, is untouched (autosave does this every few seconds while an
 * editor types), and so are the caches. An editor's restore is turned into such a save too
 * (src/hooks/editorRestoresAsDraft.ts). Anything else counts as a change.
 */
function isDraftOnlySave(req: PayloadRequest, doc: { _status?: unknown } | undefined): boolean {
  return req.context[draftSaveKey] === true && doc?._status !== 'published'
}

const invalidateAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isDraftOnlySave(req, doc)) {
    await invalidateForWrite(req, documentWriteTags(collection.slug, doc.id))
  }
  return doc
}

const invalidateAfterDelete: CollectionAfterDeleteHook = async ({ collection, doc, id, req }) => {
  await invalidateForWrite(req, documentWriteTags(collection.slug, doc?.id ?? id))
  return doc
}

const invalidateAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await invalidateForWrite(req, [globalTag(global.slug)])
  return doc
}

/**
 * Adds cache invalidation to a content collection. A change drops the answers that read the
 * document or listed its collection: each answer records what it read as it is computed
 * (src/cache/recordReads.ts), related documents and globals included, so a condition's page goes
 * when a procedure it shows is published.
 */
export function withResponseCacheInvalidation(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), noteDraftSave],
      afterChange: [...(collection.hooks?.afterChange ?? []), invalidateAfterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), invalidateAfterDelete],
    },
  }
}

/** Adds cache invalidation to a global, e.g. the clinic settings every channel shows. */
export function withGlobalResponseCacheInvalidation(global: GlobalConfig): GlobalConfig {
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), invalidateAfterGlobalChange],
    },
  }
}

/** Context for a write that only records when a partner key was last used (partnerKeys.ts). */
export const keyUseOnlyContext = { 'cache:keyUseOnly': true } as const

const invalidatePartnerAccess = async ({ req }: { req: PayloadRequest }) => {
  if (req.context['cache:keyUseOnly'] !== true) await invalidateStoreForWrite(req, undefined)
}

/**
 * Adds cache invalidation to the partners and partner-keys collections: the in-memory key index
 * (src/cache/partnerKeyIndex.ts) lives in the response store, so a revoked, expired-early or
 * deleted key, or a suspended partner, is dropped from it (in every process, as content changes
 * are) before the save returns, and the next request with that key reads the database. Partner
 * writes are rare admin actions, so the public answers going too costs little. Recording a key's
 * last use (once a minute per key) changes nothing a request is decided on, and drops nothing.
 */
export function withPartnerAccessInvalidation(collection: CollectionConfig): CollectionConfig {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await invalidatePartnerAccess({ req })
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await invalidatePartnerAccess({ req })
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}
