import type { RequestHandler, Response } from 'express'
import { Feed } from 'feed'
import type { Payload } from 'payload'

import { eventsSince } from '../services/changeLog'
import { changesStart, decodeChangesCursor, encodeChangesCursor } from '../shape/cursor'
import { toPublicEvent, type PublicEvent } from '../shape/publicEvent'
import { parseLimit, readQuery } from '../shape/query'
import { apiBase, clinicSettings } from './context'
import { partnerOf } from './partnerContext'
import { cachePolicies, json, sendRepresentation } from './respond'

const scopedCollections = (res: Response) => partnerOf(res).partner.scopes?.collections ?? []

/** Events after `since` (default: the start), oldest first, within the key's scope. */
async function page(payload: Payload, res: Response, since: string | undefined, limit: number) {
  const after = since === undefined ? 0 : decodeChangesCursor(since)
  const { events, hasMore } = await eventsSince(payload, {
    after,
    collections: scopedCollections(res),
    limit,
  })
  const base = apiBase()
  return { after, hasMore, events: events.map((event) => toPublicEvent(event, base)) }
}

/**
 * `GET /syndication/v1/changes?since=<cursor>`: everything created, updated, unpublished or
 * deleted since the cursor, in order. `nextCursor` is always given: store it and ask again later.
 */
export function listChanges(payload: Payload): RequestHandler {
  return async (req, res, next) => {
    try {
      const query = readQuery(req.query, ['since', 'limit'] as const)
      const limit = parseLimit(query.limit)
      const { after, hasMore, events } = await page(payload, res, query.since, limit)
      const nextCursor = events.length
        ? events[events.length - 1]!.cursor
        : (query.since ?? changesStart)
      const base = apiBase()
      const self = `${base}/changes?since=${query.since ?? encodeChangesCursor(after)}&limit=${limit}`
      const nextUrl = `${base}/changes?since=${nextCursor}&limit=${limit}`
      res.setHeader('Link', `<${nextUrl}>; rel="next"`)
      sendRepresentation(
        req,
        res,
        json(
          { events, nextCursor, hasMore, links: { self, next: nextUrl } },
          cachePolicies.changes,
        ),
      )
    } catch (error) {
      next(error)
    }
  }
}

const kindLabels = {
  created: 'Published',
  updated: 'Updated',
  reviewed: 'Reviewed again',
  unpublished: 'Withdrawn',
  deleted: 'Deleted',
} as const

const eventLink = (event: PublicEvent, base: string) =>
  event.apiUrl ?? `${base}/changes?since=${encodeChangesCursor(event.sequence - 1)}&limit=1`

/**
 * `feed.atom` and `feed.json`: the same events as `changes`. With `since`, the events after it in
 * order; without, the latest ones, as feed readers expect.
 */
export function changesFeed(payload: Payload, format: 'atom' | 'json'): RequestHandler {
  return async (req, res, next) => {
    try {
      const query = readQuery(req.query, ['since', 'limit'] as const)
      const limit = parseLimit(query.limit)
      let events: PublicEvent[]
      if (query.since !== undefined) {
        events = (await page(payload, res, query.since, limit)).events
      } else {
        events = await latestEvents(payload, res, limit)
      }
      const base = apiBase()
      const settings = await clinicSettings(payload)
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
          description: `${event.type} "${event.slug}" ${event.kind}, version ${event.version}${
            event.withdrawn ? '. Take this text down.' : '.'
          }`,
          category: [{ name: event.kind, term: event.kind }],
          extensions: [{ name: '_syndication', objects: event as never }],
        })
      }
      sendRepresentation(
        req,
        res,
        format === 'atom'
          ? {
              body: feed.atom1(),
              contentType: 'application/atom+xml; charset=utf-8',
              cacheControl: cachePolicies.changes,
            }
          : {
              body: feed.json1(),
              contentType: 'application/feed+json; charset=utf-8',
              cacheControl: cachePolicies.changes,
            },
      )
    } catch (error) {
      next(error)
    }
  }
}

async function latestEvents(payload: Payload, res: Response, limit: number) {
  const { docs } = await payload.find({
    collection: 'syndication-events',
    where: { documentCollection: { in: scopedCollections(res) } },
    sort: '-sequence',
    limit,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const base = apiBase()
  return (docs as unknown as Parameters<typeof toPublicEvent>[0][]).map((event) =>
    toPublicEvent(event, base),
  )
}
