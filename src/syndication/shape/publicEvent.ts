import { isTombstone, type ChangeEvent } from './changeDecision'
import { encodeChangesCursor } from './cursor'
import { webhookEventTypes, type PublicEvent, type WebhookBody } from './eventSchema'
import { documentTypes } from './syndicatedCollections'

/** A change as partners read it, in the changes feed and in webhook bodies alike (eventSchema.ts). */
export type { PublicEvent }

/**
 * The locales a partner's key may read, and the locale of an event's single `title` (the first
 * offered one), for events recorded before titles were kept per locale.
 */
export type LocaleScope = { locales: readonly string[]; titleLocale: string }

function titleFor(event: ChangeEvent, scope: LocaleScope | undefined): string | null {
  if (!scope) return event.title ?? null
  const titles = event.titles ?? (event.title ? { [scope.titleLocale]: event.title } : {})
  const locale = scope.locales.find((candidate) => titles[candidate] !== undefined)
  return locale ? titles[locale]! : null
}

const hashesFor = (hashes: Record<string, string>, scope: LocaleScope | undefined) =>
  scope
    ? Object.fromEntries(
        Object.entries(hashes).filter(([locale]) => scope.locales.includes(locale)),
      )
    : hashes

/**
 * An event as one partner may read it: the title and content hashes of the locales its key is
 * scoped to only (a Spanish-only partner is not shown the English text's title or hash). Without a
 * scope, every locale.
 */
export function toPublicEvent(
  event: ChangeEvent,
  apiBase: string,
  scope?: LocaleScope,
): PublicEvent {
  const tombstone = isTombstone(event.kind)
  return {
    sequence: event.sequence,
    cursor: encodeChangesCursor(event.sequence),
    kind: event.kind,
    tombstone,
    withdrawn: tombstone,
    type: documentTypes[event.documentCollection],
    collection: event.documentCollection,
    id: String(event.documentId),
    slug: event.slug,
    title: titleFor(event, scope),
    version: event.version,
    contentHashes: tombstone || !event.contentHashes ? null : hashesFor(event.contentHashes, scope),
    occurredAt: new Date(event.occurredAt).toISOString(),
    apiUrl: tombstone
      ? null
      : `${apiBase}/${event.documentCollection}/${encodeURIComponent(event.slug)}`,
  }
}

export { webhookEventTypes }

/** The Standard Webhooks body: `type`, `timestamp`, `data`, plus what the partner should do. */
export function webhookBody(event: PublicEvent, now: Date): WebhookBody {
  return {
    type: webhookEventTypes[event.kind],
    timestamp: now.toISOString(),
    data: { ...event, action: event.withdrawn ? 'take-down' : 'refresh' },
  }
}
