import type { RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { eventsSince, lastSequence, latestEvents } from '../services/changeLog'
import { readClinicSettings } from '../services/clinicSettings'
import { withCurrentOffLabelNotices } from '../services/offLabelNotices'
import { toAtomFeed, toJsonFeed } from '../shape/changesFeed'
import { partnerLocaleScope } from '../shape/locales'
import {
  changesStart,
  cursorAheadOfLog,
  decodeChangesCursor,
  encodeChangesCursor,
} from '../shape/cursor'
import { toPublicEvent, type PublicEvent } from '../shape/publicEvent'
import { parseLimit, readQuery } from '../shape/query'
import { apiBase } from './apiBase'
import { partnerOf } from './partnerContext'
import { cachePolicies, json, sendRepresentation } from './respond'

const scopedCollections = (res: Response) => partnerOf(res).partner.scopes?.collections ?? []
const scopedLocales = (res: Response) => partnerOf(res).partner.scopes?.locales
const localeScope = (payload: Payload, res: Response) =>
  partnerLocaleScope(payload.config, partnerOf(res).partner.scopes?.locales)

/** Events after `since` (default: the start), oldest first, within the key's scope. */
async function page(payload: Payload, res: Response, since: string | undefined, limit: number) {
  const after = since === undefined ? 0 : decodeChangesCursor(since)
  const { events, hasMore } = await eventsSince(payload, {
    after,
    collections: scopedCollections(res),
    limit,
  })
  // Only an empty page can hide a cursor from the future; the log's end is read only then.
  if (events.length === 0 && after > 0 && after > (await lastSequence(payload))) {
    throw cursorAheadOfLog()
  }
  const base = apiBase()
  const scope = localeScope(payload, res)
  return { after, hasMore, events: events.map((event) => toPublicEvent(event, base, scope)) }
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
      const { after, hasMore, events: pageEvents } = await page(payload, res, query.since, limit)
      const events = await withCurrentOffLabelNotices(payload, pageEvents, scopedLocales(res))
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
        const latest = await latestEvents(payload, { collections: scopedCollections(res), limit })
        const scope = localeScope(payload, res)
        events = latest.map((event) => toPublicEvent(event, apiBase(), scope))
      }
      events = await withCurrentOffLabelNotices(payload, events, scopedLocales(res))
      const options = { apiBase: apiBase(), settings: await readClinicSettings(payload) }
      const body =
        format === 'atom'
          ? toAtomFeed(events, options)
          : JSON.stringify(toJsonFeed(events, options))
      sendRepresentation(req, res, {
        body,
        contentType:
          format === 'atom'
            ? 'application/atom+xml; charset=utf-8'
            : 'application/feed+json; charset=utf-8',
        cacheControl: cachePolicies.changes,
      })
    } catch (error) {
      next(error)
    }
  }
}
