import { LRUCache } from 'lru-cache'

import { configuration } from '../config'

/** An answer exactly as it goes on the wire, so a hit is a map lookup and one write. */
export type CachedResponse = {
  status: number
  etag: string
  body: Buffer
  /** Flat `[name, value, name, value, …]`, handed to `writeHead` untouched. */
  headers: string[]
  /** The headers a 304 repeats (RFC 9110 §15.4.5), same layout. */
  notModifiedHeaders: string[]
}

export type ResponseStoreOptions = { maxBytes: number; maxEntryBytes: number }

const entryOverheadBytes = 256

/** Tags of what an answer read (src/cache/readTags.ts); undefined: it may depend on anything. */
export type Dependencies = ReadonlySet<string> | undefined

/** Beyond this many remembered tag changes, they are forgotten as if everything had changed. */
const maxRememberedTagChanges = 10_000

/**
 * Published answers, bounded by bytes. Each change bumps a generation. A change names what it
 * changed (tags: a document, a collection's list, a global) or is a change of everything; it drops
 * the answers that read any of its tags, and those that could not name what they read.
 *
 * A miss may only store its answer if nothing it read changed while it was computed and no write
 * to what it read is still uncommitted (its readers would see the old rows), so a stale answer can
 * never be stored. An answer without tags follows that rule for every change.
 */
export class ResponseStore {
  private readonly entries: LRUCache<string, CachedResponse>
  /** The tags of each entry that has them… */
  private readonly entryTags = new Map<string, ReadonlySet<string>>()
  /** …and the entries that depend on everything. */
  private readonly untaggedKeys = new Set<string>()
  private readonly keysByTag = new Map<string, Set<string>>()
  private generation = 0
  /** The generation of the last change of everything. */
  private everythingChangedAt = 0
  /** The generation at which each tag last changed. */
  private readonly tagChangedAt = new Map<string, number>()
  /** Uncommitted writes that changed everything, and those that named their tags. */
  private uncommittedWrites = 0
  private readonly uncommittedTags = new Map<string, number>()
  private peersInSync = true
  private readonly invalidationListeners: (() => void)[] = []
  /** How to catch up with the other servers; none while there are none to catch up with. */
  private peerCatchUp: (() => Promise<boolean>) | undefined

  constructor({ maxBytes, maxEntryBytes }: ResponseStoreOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: maxEntryBytes,
      sizeCalculation: (entry, key) =>
        entry.body.length + key.length + entryOverheadBytes + entry.headers.join('').length,
      // Evicted, replaced or deleted: its tags go with it.
      dispose: (_entry, key) => this.forgetTags(key),
    })
  }

  /** Undefined whenever an answer from the store could be stale. */
  get(key: string): CachedResponse | undefined {
    if (!this.peersInSync) return undefined
    return this.entries.get(key)
  }

  /** Whether the store holds an answer for `key`, without counting it as a read. */
  has(key: string): boolean {
    return this.peersInSync && this.entries.has(key)
  }

  /** Whether what is kept may be served: false while another server's changes could be missed. */
  get serving(): boolean {
    return this.peersInSync
  }

  /** Taken when a miss starts; `set` refuses the answer if anything it read changed in between. */
  currentGeneration(): number {
    return this.generation
  }

  /**
   * Whether something read since `generationAtStart` may be kept: nothing it read (`dependencies`;
   * without them, anything at all) changed since, no write to it is uncommitted, and every other
   * server's changes reach this one.
   */
  accepts(generationAtStart: number, dependencies?: Dependencies): boolean {
    if (!this.peersInSync || this.uncommittedWrites > 0) return false
    if (!dependencies)
      return generationAtStart === this.generation && this.uncommittedTags.size === 0
    if (this.everythingChangedAt > generationAtStart) return false
    for (const tag of dependencies) {
      if ((this.tagChangedAt.get(tag) ?? 0) > generationAtStart) return false
      if (this.uncommittedTags.has(tag)) return false
    }
    return true
  }

  set(
    key: string,
    entry: CachedResponse,
    generationAtStart: number,
    dependencies?: Dependencies,
  ): boolean {
    if (!this.accepts(generationAtStart, dependencies)) return false
    this.entries.set(key, entry)
    if (!this.entries.has(key)) return false
    if (!dependencies) this.untaggedKeys.add(key)
    else {
      this.entryTags.set(key, dependencies)
      for (const tag of dependencies) {
        let keys = this.keysByTag.get(tag)
        if (!keys) this.keysByTag.set(tag, (keys = new Set()))
        keys.add(key)
      }
    }
    return true
  }

  /** Drops the answers that read any of `tags`, or everything when no tags are given. */
  invalidate(tags?: Iterable<string>): void {
    this.generation += 1
    if (!tags) {
      this.everythingChangedAt = this.generation
      this.tagChangedAt.clear()
      this.entries.clear()
    } else {
      for (const tag of tags) {
        this.tagChangedAt.set(tag, this.generation)
        for (const key of this.keysByTag.get(tag) ?? []) this.entries.delete(key)
      }
      // Answers that could not name what they read.
      for (const key of [...this.untaggedKeys]) this.entries.delete(key)
      if (this.tagChangedAt.size > maxRememberedTagChanges) {
        this.tagChangedAt.clear()
        this.everythingChangedAt = this.generation
      }
    }
    for (const listener of this.invalidationListeners) listener()
  }

  private forgetTags(key: string): void {
    this.untaggedKeys.delete(key)
    const tags = this.entryTags.get(key)
    if (!tags) return
    this.entryTags.delete(key)
    for (const tag of tags) {
      const keys = this.keysByTag.get(tag)
      keys?.delete(key)
      if (keys?.size === 0) this.keysByTag.delete(tag)
    }
  }

  /**
   * Runs `listener` after every invalidation (other caches derived from the same content, the
   * background refresh of popular answers). Returns a function that stops it.
   */
  onInvalidate(listener: () => void): () => void {
    this.invalidationListeners.push(listener)
    return () => {
      const index = this.invalidationListeners.indexOf(listener)
      if (index !== -1) this.invalidationListeners.splice(index, 1)
    }
  }

  /**
   * A content write has reached the database but may not be committed yet; `tags` name what it
   * changed (none: anything).
   */
  writeStarted(tags?: readonly string[]): void {
    if (!tags) this.uncommittedWrites += 1
    else
      for (const tag of tags)
        this.uncommittedTags.set(tag, (this.uncommittedTags.get(tag) ?? 0) + 1)
    this.invalidate(tags)
  }

  /** …and is now committed or rolled back (the same `tags`): readers see its result from here on. */
  writeSettled(tags?: readonly string[]): void {
    if (!tags) this.uncommittedWrites = Math.max(0, this.uncommittedWrites - 1)
    else {
      for (const tag of tags) {
        const count = (this.uncommittedTags.get(tag) ?? 0) - 1
        if (count > 0) this.uncommittedTags.set(tag, count)
        else this.uncommittedTags.delete(tag)
      }
    }
    this.invalidate(tags)
  }

  /**
   * Resolves once every change another server committed before this call has reached this store
   * (true), or false when that cannot be known (then read the database). Immediate without peers.
   */
  catchUpWithPeers(): Promise<boolean> {
    return this.peerCatchUp?.() ?? Promise.resolve(true)
  }

  /**
   * True when catching up takes nothing (no other servers share the database's changes with this
   * one): then a caller may go on without waiting for catchUpWithPeers, and without a promise.
   */
  get isCaughtUpWithPeers(): boolean {
    return this.peerCatchUp === undefined
  }

  /** Set by the peer sync (PostgreSQL), which knows how to wait for the other servers' changes. */
  setPeerCatchUp(catchUp: () => Promise<boolean>): void {
    this.peerCatchUp = catchUp
  }

  /** While another server's changes might be missed (its notifications are down), serve nothing. */
  setPeersInSync(inSync: boolean): void {
    this.peersInSync = inSync
    this.invalidate()
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize }
  }
}

/** RESPONSE_CACHE_MAX_MB bounds the whole store; one answer may take an eighth of it. */
function optionsFromConfiguration(): ResponseStoreOptions {
  const { maxBytes } = configuration().responseCache
  return { maxBytes, maxEntryBytes: Math.max(1, Math.floor(maxBytes / 8)) }
}

const storeSymbol = Symbol.for('clinic-content-hub.responseStore')

/**
 * The process's one store. Kept on globalThis so the hooks and the server share it even when a
 * bundler (Next) loads this module a second time in the same process.
 */
export function sharedResponseStore(): ResponseStore {
  const holder = globalThis as { [storeSymbol]?: ResponseStore }
  holder[storeSymbol] ??= new ResponseStore(optionsFromConfiguration())
  return holder[storeSymbol]
}
