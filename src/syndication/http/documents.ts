import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { versionsOf } from '../services/changeLog'
import {
  documentTypes,
  isSyndicatedCollection,
  syndicatedCollections,
  type SyndicatedCollection,
} from '../shape/syndicatedCollections'
import { decodeListCursor, encodeListCursor } from '../shape/cursor'
import { codeWhere, hasCode, parseCodeParameter } from '../../clinical/codeParameter'
import { toSyndicatedDocument } from '../shape/document'
import { toHtmlFragment } from '../shape/htmlFragment'
import { listToJsonLd, toJsonLd } from '../shape/jsonld'
import { offeredLocales } from '../shape/locales'
import { SyndicationProblem } from '../shape/problem'
import { negotiateFormat, parseLimit, readQuery, resolveLocale } from '../shape/query'
import { findPublished, findPublishedBySlug } from '../services/readContent'
import { apiBase, clinicSettings, licence } from './context'
import { partnerOf } from './partnerContext'
import { cachePolicies, json, sendRepresentation } from './respond'

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** The collection named in the path, if it exists and the key's scope covers it. */
function scopedCollection(req: Request, res: Response): SyndicatedCollection {
  const name = req.params.collection
  if (!isSyndicatedCollection(name)) {
    throw new SyndicationProblem(
      'not-found',
      `There is no collection "${name}". Available: ${syndicatedCollections.join(', ')}.`,
    )
  }
  const scoped = partnerOf(res).partner.scopes?.collections ?? []
  if (!scoped.includes(name)) {
    throw new SyndicationProblem(
      'out-of-scope',
      `This key is not scoped to "${name}". It may read: ${scoped.join(', ') || 'nothing'}.`,
      { collection: name },
    )
  }
  return name
}

/** The partner's admin setting "Include content not yet reviewed" (off unless chosen). */
const includesUnreviewed = (res: Response) =>
  (partnerOf(res).partner as { includeUnreviewed?: boolean | null }).includeUnreviewed === true

function localeFor(payload: Payload, res: Response, value: string | undefined) {
  return resolveLocale(
    value,
    partnerOf(res).partner.scopes?.locales ?? [],
    offeredLocales(payload.config),
  )
}

async function documentContext(payload: Payload, collection: SyndicatedCollection, locale: string) {
  return {
    collection,
    locale,
    settings: await clinicSettings(payload),
    licence: licence(),
    apiBase: apiBase(),
  }
}

const listUrl = (collection: string, params: Record<string, string | undefined>) => {
  const search = new URLSearchParams(
    Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined),
  ).toString()
  return `${apiBase()}/${collection}${search ? `?${search}` : ''}`
}

/** `?code=ICD10CM:G47.63`: conditions carrying a code; other collections have no codes. */
function conditionCodeFilter(collection: SyndicatedCollection, value: string) {
  if (collection !== 'conditions') {
    throw new SyndicationProblem(
      'invalid-parameter',
      'code filters conditions only: GET /syndication/v1/conditions?code=ICD10CM:G47.63.',
      { parameter: 'code' },
    )
  }
  const filter = parseCodeParameter(value)
  if (typeof filter === 'string') {
    throw new SyndicationProblem('invalid-parameter', filter, { parameter: 'code' })
  }
  return filter
}

/** `GET /syndication/v1/{collection}`: published documents by slug, a page at a time. */
export function listDocuments(payload: Payload): RequestHandler {
  return async (req, res, next) => {
    try {
      const collection = scopedCollection(req, res)
      const query = readQuery(req.query, ['locale', 'cursor', 'limit', 'format', 'code'] as const)
      const codeFilter =
        query.code === undefined ? undefined : conditionCodeFilter(collection, query.code)
      const limit = parseLimit(query.limit)
      const afterSlug = query.cursor === undefined ? undefined : decodeListCursor(query.cursor)
      const format = negotiateFormat(query.format, req.headers.accept)
      if (format === 'html') {
        throw new SyndicationProblem(
          'invalid-parameter',
          'format=html is offered for single documents: GET /syndication/v1/{collection}/{slug}?format=html.',
          { parameter: 'format' },
        )
      }
      const locale = localeFor(payload, res, query.locale)

      const found = await findPublished(payload, collection, {
        locale,
        afterSlug,
        limit,
        includeUnreviewed: includesUnreviewed(res),
        ...(codeFilter ? { where: codeWhere(codeFilter) } : {}),
      })
      // The where matches system and code on any rows; keep documents with both on one row.
      const docs = codeFilter ? found.docs.filter((doc) => hasCode(doc, codeFilter)) : found.docs
      const { hasMore } = found
      const versions = await versionsOf(
        payload,
        collection,
        docs.map((doc) => String(doc.id)),
      )
      const context = await documentContext(payload, collection, locale)
      const items = docs.map((doc) =>
        toSyndicatedDocument(doc, versions.get(String(doc.id)) ?? 1, context),
      )
      const nextCursor = hasMore ? encodeListCursor(items[items.length - 1]!.slug) : null
      const self = listUrl(collection, {
        locale,
        limit: String(limit),
        cursor: query.cursor,
        code: query.code,
      })

      if (format === 'jsonld') {
        const graph = listToJsonLd(documentTypes[collection], items, self)
        return sendRepresentation(
          req,
          res,
          json(graph, cachePolicies.published, 'application/ld+json'),
        )
      }
      const next = nextCursor
        ? listUrl(collection, {
            locale,
            limit: String(limit),
            cursor: nextCursor,
            code: query.code,
          })
        : null
      if (next) res.setHeader('Link', `<${next}>; rel="next"`)
      sendRepresentation(
        req,
        res,
        json(
          { collection, locale, items, nextCursor, links: { self, next } },
          cachePolicies.published,
        ),
      )
    } catch (error) {
      next(error)
    }
  }
}

/** `GET /syndication/v1/{collection}/{slug}`: one published document as JSON, JSON-LD or HTML. */
export function getDocument(payload: Payload): RequestHandler {
  return async (req, res, next) => {
    try {
      const collection = scopedCollection(req, res)
      const query = readQuery(req.query, ['locale', 'format'] as const)
      const format = negotiateFormat(query.format, req.headers.accept)
      const locale = localeFor(payload, res, query.locale)
      const slug = String(req.params.slug)
      const doc = slugPattern.test(slug)
        ? await findPublishedBySlug(payload, collection, slug, locale, {
            includeUnreviewed: includesUnreviewed(res),
          })
        : null
      if (!doc) {
        throw new SyndicationProblem(
          'not-found',
          `No published ${documentTypes[collection]} has the slug "${slug}". It may have been withdrawn: check the changes feed.`,
          { collection, slug },
        )
      }
      const versions = await versionsOf(payload, collection, [String(doc.id)])
      const context = await documentContext(payload, collection, locale)
      const document = toSyndicatedDocument(doc, versions.get(String(doc.id)) ?? 1, context)

      res.setHeader('Content-Language', locale)
      res.setHeader('Link', `<${document.envelope.canonicalUrl}>; rel="canonical"`)
      if (format === 'jsonld') {
        return sendRepresentation(
          req,
          res,
          json(toJsonLd(document), cachePolicies.published, 'application/ld+json'),
        )
      }
      if (format === 'html') {
        return sendRepresentation(req, res, {
          body: toHtmlFragment(document),
          contentType: 'text/html; charset=utf-8',
          cacheControl: cachePolicies.published,
        })
      }
      sendRepresentation(req, res, json(document, cachePolicies.published))
    } catch (error) {
      next(error)
    }
  }
}
