import type { Payload } from 'payload'

import { codeWhere, hasCode, type CodeFilter } from '../../clinical/codeParameter'
import { configuration } from '../../config'
import { now } from '../../lib/clock'
import { toSyndicatedDocument } from '../shape/document'
import type { SyndicatedDocument } from '../shape/envelope'
import type { SyndicatedCollection } from '../shape/syndicatedCollections'
import { versionsOf } from './changeLog'
import { readClinicSettings } from './clinicSettings'
import { findPublished, findPublishedBySlug, type ReviewScope } from './readContent'

/** What a partner asked for and may see: one collection in one locale, reviewed content or all. */
export type DocumentRequest = {
  collection: SyndicatedCollection
  locale: string
  apiBase: string
} & ReviewScope

/** Each document with its published version, its envelope and the clinic's credits. */
async function syndicate(
  payload: Payload,
  request: DocumentRequest,
  docs: Record<string, unknown>[],
): Promise<SyndicatedDocument[]> {
  const ids = docs.map((doc) => String(doc.id))
  const [versions, settings] = await Promise.all([
    versionsOf(payload, request.collection, ids),
    readClinicSettings(payload),
  ])
  const context = {
    collection: request.collection,
    locale: request.locale,
    settings,
    licence: configuration().syndication.licence,
    apiBase: request.apiBase,
    at: now(),
  }
  return docs.map((doc) => toSyndicatedDocument(doc, versions.get(String(doc.id)) ?? 1, context))
}

/** A page of published documents by slug, after `afterSlug`; with `code`, conditions carrying it. */
export async function listSyndicatedDocuments(
  payload: Payload,
  request: DocumentRequest & { afterSlug?: string; limit: number; code?: CodeFilter },
): Promise<{ items: SyndicatedDocument[]; hasMore: boolean }> {
  const { code } = request
  const found = await findPublished(payload, request.collection, {
    locale: request.locale,
    afterSlug: request.afterSlug,
    limit: request.limit,
    includeUnreviewed: request.includeUnreviewed,
    ...(code ? { where: codeWhere(code) } : {}),
  })
  // The where matches system and code on any rows; keep documents with both on one row.
  const docs = code ? found.docs.filter((doc) => hasCode(doc, code)) : found.docs
  return { items: await syndicate(payload, request, docs), hasMore: found.hasMore }
}

/** One published document by slug, or null when there is none the partner may see. */
export async function findSyndicatedDocument(
  payload: Payload,
  request: DocumentRequest & { slug: string },
): Promise<SyndicatedDocument | null> {
  const doc = await findPublishedBySlug(payload, request.collection, request.slug, request.locale, {
    includeUnreviewed: request.includeUnreviewed,
  })
  if (!doc) return null
  const [document] = await syndicate(payload, request, [doc])
  return document ?? null
}
