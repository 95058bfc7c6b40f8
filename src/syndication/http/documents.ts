import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { parseCodeParameter } from '../../clinical/codeParameter'
import { findSyndicatedDocument, listSyndicatedDocuments } from '../services/syndicatedDocuments'
import { decodeListCursor, encodeListCursor } from '../shape/cursor'
import { toHtmlFragment } from '../shape/htmlFragment'
import { listToJsonLd, toJsonLd } from '../shape/jsonld'
import { offeredLocales } from '../shape/locales'
import { SyndicationProblem } from '../shape/problem'
import { negotiateFormat, parseLimit, readQuery, resolveLocale } from '../shape/query'
import {
  documentTypes,
  isSyndicatedCollection,
  syndicatedCollections,
  type SyndicatedCollection,
} from '../shape/syndicatedCollections'
import { apiBase } from './apiBase'
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
const includesUnreviewed = (res: Response) => partnerOf(res).partner.includeUnreviewed === true

function localeFor(payload: Payload, res: Response, value: string | undefined) {
  return resolveLocale(
    value,
    partnerOf(res).partner.scopes?.locales ?? [],
    offeredLocales(payload.config),
  )
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

      const { items, hasMore } = await listSyndicatedDocuments(payload, {
        collection,
        locale,
        apiBase: apiBase(),
        afterSlug,
        limit,
        includeUnreviewed: includesUnreviewed(res),
        code: codeFilter,
      })
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
      const document = slugPattern.test(slug)
        ? await findSyndicatedDocument(payload, {
            collection,
            locale,
            apiBase: apiBase(),
            slug,
            includeUnreviewed: includesUnreviewed(res),
          })
        : null
      if (!document) {
        throw new SyndicationProblem(
          'not-found',
          `No published ${documentTypes[collection]} has the slug "${slug}". It may have been withdrawn: check the changes feed.`,
          { collection, slug },
        )
      }

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
