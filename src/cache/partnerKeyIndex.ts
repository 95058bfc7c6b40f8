import { configuration } from '../config'
import type { KeyRecord } from '../syndication/services/partnerKeys'
import { sharedResponseStore } from './responseStore'
import { StoreBoundIndex } from './storeBoundIndex'

/** Far more keys than any clinic issues; past it, the least recently used key is read again. */
const maxIndexedKeys = 10_000

const indexSymbol = Symbol.for('clinic-content-hub.partnerKeyIndex')

/**
 * Partner keys by the hash of the key (with their partner, scopes, status and expiry), so a partner
 * request needs no database read (issue 15). Writes to partners and partner keys invalidate the
 * response store (withPartnerAccessInvalidation), which empties this index in every process on the
 * database, before the revoke or suspend returns. Null when RESPONSE_CACHE=off: every cache is off.
 */
export function partnerKeyIndex(): StoreBoundIndex<KeyRecord> | null {
  if (!configuration().responseCache.enabled) return null
  const holder = globalThis as { [indexSymbol]?: StoreBoundIndex<KeyRecord> }
  holder[indexSymbol] ??= new StoreBoundIndex<KeyRecord>(sharedResponseStore(), maxIndexedKeys)
  return holder[indexSymbol]
}
