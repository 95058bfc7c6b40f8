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

/**
 * Published answers, bounded by bytes, invalidated as a whole. Each change bumps a generation; a miss
 * may only store its answer if no change happened while it was being computed and no write is still
 * uncommitted (its readers would see the old rows), so a stale answer can never be stored.
 */
export class ResponseStore {
  private readonly entries: LRUCache<string, CachedResponse>
  private generation = 0
  private uncommittedWrites = 0
  private peersInSync = true
  private readonly invalidationListeners: (() => void)[] = []
  private peerCatchUp: () => Promise<boolean> = async () => true

  constructor({ maxBytes, maxEntryBytes }: ResponseStoreOptions) {
    this.entries = new LRUCache<string, CachedResponse>({
      maxSize: maxBytes,
      maxEntrySize: maxEntryBytes,
      sizeCalculation: (entry, key) =>
        entry.body.length + key.length + entryOverheadBytes + entry.headers.join('').length,
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

  /** Taken when a miss starts; `set` refuses the answer if anything changed in between. */
  currentGeneration(): number {
    return this.generation
  }

  /**
   * Whether something read since `generationAtStart` may be kept: nothing changed since, no write
   * is uncommitted, and every other server's changes reach this one.
   */
  accepts(generationAtStart: number): boolean {
    return generationAtStart === this.generation && this.uncommittedWrites === 0 && this.peersInSync
  }

  set(key: string, entry: CachedResponse, generationAtStart: number): boolean {
    if (!this.accepts(generationAtStart)) return false
    this.entries.set(key, entry)
    return this.entries.has(key)
  }

  invalidate(): void {
    this.generation += 1
    this.entries.clear()
    for (const listener of this.invalidationListeners) listener()
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

  /** A content write has reached the database but may not be committed yet. */
  writeStarted(): void {
    this.uncommittedWrites += 1
    this.invalidate()
  }

  /** …and is now committed or rolled back: readers see its result from here on. */
  writeSettled(): void {
    this.uncommittedWrites = Math.max(0, this.uncommittedWrites - 1)
    this.invalidate()
  }

  /**
   * Resolves once every change another server committed before this call has reached this store
   * (true), or false when that cannot be known (then read the database). Immediate without peers.
   */
  catchUpWithPeers(): Promise<boolean> {
    return this.peerCatchUp()
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
