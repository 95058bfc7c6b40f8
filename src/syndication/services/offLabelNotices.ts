import type { Payload } from 'payload'

import { offLabelNoticeOf } from '../../clinical/offLabel'
import { localeArgs, offeredLocales } from '../shape/locales'
import type { PublicEvent } from '../shape/publicEvent'
import type { SyndicatedCollection } from '../shape/syndicatedCollections'

/** The collections whose documents can carry an off-label notice (issue 10). */
const collectionsWithNotices: SyndicatedCollection[] = ['conditions', 'procedures', 'faqs']

const keyOf = (collection: string, id: string) => `${collection}/${id}`

/**
 * The off-label notice each event's document carries now, as published, in one locale: one read
 * per collection for a page of events. Tombstones get none (the text is to be taken down).
 */
export async function currentOffLabelNotices(
  payload: Payload,
  events: PublicEvent[],
  locale: string,
): Promise<Map<string, string>> {
  const notices = new Map<string, string>()
  for (const collection of collectionsWithNotices) {
    const ids = [
      ...new Set(
        events
          .filter((event) => !event.tombstone && event.collection === collection)
          .map((event) => event.id),
      ),
    ]
    if (ids.length === 0) continue
    const { docs } = await payload.find({
      collection,
      where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
      draft: false,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      ...localeArgs(payload.config, locale),
    })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const notice = offLabelNoticeOf(collection, doc)
      if (notice) notices.set(keyOf(collection, String(doc.id)), notice)
    }
  }
  return notices
}

/** Events as the changes feeds give them: each with its document's off-label notice, or null. */
export const withOffLabelNotices = (events: PublicEvent[], notices: Map<string, string>) =>
  events.map((event) => ({
    ...event,
    offLabelNotice: event.tombstone
      ? null
      : (notices.get(keyOf(event.collection, event.id)) ?? null),
  }))

/**
 * A page of the changes feed with each event's off-label notice, in the first locale the key is
 * scoped to that the CMS offers (else the first offered).
 */
export async function withCurrentOffLabelNotices(
  payload: Payload,
  events: PublicEvent[],
  scopedLocales: readonly string[] | null | undefined,
) {
  const offered = offeredLocales(payload.config)
  const locale = (scopedLocales ?? []).find((code) => offered.includes(code)) ?? offered[0]!
  return withOffLabelNotices(events, await currentOffLabelNotices(payload, events, locale))
}
