import { Feed } from 'feed'

import type { ClinicSettingsLike } from './envelope'
import { encodeChangesCursor } from './cursor'
import type { PublicEvent } from './publicEvent'

const kindLabels = {
  created: 'Published',
  updated: 'Updated',
  reviewed: 'Reviewed again',
  unpublished: 'Withdrawn',
  deleted: 'Deleted',
} as const

/** An event with its document's off-label notice (services/offLabelNotices.ts), when known. */
type FeedEvent = PublicEvent & { offLabelNotice?: string | null }

const eventLink = (event: PublicEvent, base: string) =>
  event.apiUrl ?? `${base}/changes?since=${encodeChangesCursor(event.sequence - 1)}&limit=1`

/** The changes as an Atom or JSON Feed document, for partners who follow them in a feed reader. */
export function toChangesFeed(
  events: FeedEvent[],
  options: { format: 'atom' | 'json'; apiBase: string; settings: ClinicSettingsLike },
): string {
  const { format, apiBase: base, settings } = options
  const clinic = settings.clinicName?.trim() || 'the clinic'
  const newest = events.reduce(
    (latest, event) => (event.occurredAt > latest ? event.occurredAt : latest),
    '1970-01-01T00:00:00.000Z',
  )
  const feed = new Feed({
    id: `${base}/feed.${format}`,
    title: `${clinic}: treatment content changes`,
    description:
      'What was published, updated, reviewed again, withdrawn or deleted, for partner clinics.',
    link: `${base}/changes`,
    updated: new Date(newest),
    generator: 'clinic-content-hub',
    copyright: settings.attributionText?.trim() || `Content from ${clinic}.`,
    feedLinks: { atom: `${base}/feed.atom`, json: `${base}/feed.json` },
  })
  for (const event of events) {
    feed.addItem({
      id: `${base}/changes#${event.sequence}`,
      title: `${kindLabels[event.kind]}: ${event.title ?? event.slug}`,
      link: eventLink(event, base),
      date: new Date(event.occurredAt),
      // The notice travels with the item, so a feed reader never shows an off-label use bare.
      description: `${event.type} "${event.slug}" ${event.kind}, version ${event.version}${
        event.withdrawn ? '. Take this text down.' : '.'
      }${event.offLabelNotice ? ` ${event.offLabelNotice}` : ''}`,
      category: [{ name: event.kind, term: event.kind }],
      extensions: [{ name: '_syndication', objects: event as never }],
    })
  }
  return format === 'atom' ? feed.atom1() : feed.json1()
}
