import { Feed } from 'feed'

import type { ClinicSettingsLike } from './envelope'
import { encodeChangesCursor } from './cursor'
import type { ChangeEventBody, PublicEvent } from './eventSchema'
import type { JsonFeed } from './feedSchema'

const kindLabels = {
  created: 'Published',
  updated: 'Updated',
  reviewed: 'Reviewed again',
  unpublished: 'Withdrawn',
  deleted: 'Deleted',
} as const

/** An event with its document's off-label notice (services/offLabelNotices.ts), when known. */
type FeedEvent = PublicEvent & { offLabelNotice?: string | null }

type FeedOptions = { apiBase: string; settings: ClinicSettingsLike }

const eventLink = (event: PublicEvent, base: string) =>
  event.apiUrl ?? `${base}/changes?since=${encodeChangesCursor(event.sequence - 1)}&limit=1`

/** What both feeds say about themselves and about each change. */
function describeFeed(events: FeedEvent[], { apiBase: base, settings }: FeedOptions) {
  const clinic = settings.clinicName?.trim() || 'the clinic'
  // A feed reader opens the home page for a person: the clinic's website (served by this server
  // when no other site is configured), never an API answer.
  const website = settings.siteUrl?.trim() || new URL(base).origin
  const newest = events.reduce(
    (latest, event) => (event.occurredAt > latest ? event.occurredAt : latest),
    '1970-01-01T00:00:00.000Z',
  )
  return {
    title: `${clinic}: treatment content changes`,
    description:
      'What was published, updated, reviewed again, withdrawn or deleted, for partner clinics.',
    website,
    newest,
    // RFC 4287 §4.1.1 and §4.1.2: the feed and each entry name who is responsible for them.
    author: { name: clinic, link: website },
    copyright: settings.attributionText?.trim() || `Content from ${clinic}.`,
    item: (event: FeedEvent) => ({
      id: `${base}/changes#${event.sequence}`,
      title: `${kindLabels[event.kind]}: ${event.title ?? event.slug}`,
      link: eventLink(event, base),
      // The notice travels with the item, so a feed reader never shows an off-label use bare.
      text: `${event.type} "${event.slug}" ${event.kind}, version ${event.version}${
        event.withdrawn ? '. Take this text down.' : '.'
      }${event.offLabelNotice ? ` ${event.offLabelNotice}` : ''}`,
    }),
  }
}

/** The changes as an Atom 1.0 document (RFC 4287), for partners who follow them in a feed reader. */
export function toAtomFeed(events: FeedEvent[], options: FeedOptions): string {
  const { apiBase: base } = options
  const about = describeFeed(events, options)
  const feed = new Feed({
    id: `${base}/feed.atom`,
    title: about.title,
    description: about.description,
    link: about.website,
    updated: new Date(about.newest),
    generator: 'clinic-content-hub',
    copyright: about.copyright,
    author: about.author,
    feedLinks: { atom: `${base}/feed.atom`, json: `${base}/feed.json` },
  })
  for (const event of events) {
    const item = about.item(event)
    feed.addItem({
      id: item.id,
      title: item.title,
      link: item.link,
      date: new Date(event.occurredAt),
      published: new Date(event.occurredAt),
      description: item.text,
      author: [about.author],
      category: [{ name: event.kind, term: event.kind }],
      extensions: [{ name: '_syndication', objects: event as never }],
    })
  }
  return feed.atom1()
}

/** The changes as a JSON Feed 1.1 document; each item carries its ChangeEvent as `_syndication`. */
export function toJsonFeed(events: FeedEvent[], options: FeedOptions): JsonFeed {
  const about = describeFeed(events, options)
  const authors = [{ name: about.author.name, url: about.author.link }]
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: about.title,
    home_page_url: about.website,
    feed_url: `${options.apiBase}/feed.json`,
    description: about.description,
    authors,
    items: events.map((event) => {
      const item = about.item(event)
      const syndication: ChangeEventBody = {
        ...event,
        offLabelNotice: event.offLabelNotice ?? null,
      }
      return {
        id: item.id,
        url: item.link,
        title: item.title,
        content_text: item.text,
        date_published: event.occurredAt,
        authors,
        tags: [event.kind],
        _syndication: syndication,
      }
    }),
  }
}
