import type { Payload, PayloadRequest, Where } from 'payload'

import type { SyndicatedCollection } from '../shape/syndicatedCollections'
import { localeArgs } from '../shape/locales'

type Doc = Record<string, unknown>

const published: Where = { _status: { equals: 'published' } }
const reviewed: Where = { lastReviewed: { exists: true } }

/**
 * Partners receive what a clinician has reviewed (`lastReviewed` set), unless the partner's admin
 * setting "Include content not yet reviewed" is on.
 */
export type ReviewScope = { includeUnreviewed?: boolean }

const visible = (scope: ReviewScope): Where[] =>
  scope.includeUnreviewed ? [published] : [published, reviewed]

/**
 * Published documents as partners may see them. Access is overridden to populate the reviewer's
 * name and related documents; drafts are excluded here, and the shaper drops related drafts.
 */
export async function findPublished(
  payload: Payload,
  collection: SyndicatedCollection,
  options: { locale: string; afterSlug?: string; limit: number; where?: Where } & ReviewScope,
): Promise<{ docs: Doc[]; hasMore: boolean }> {
  const where: Where = {
    and: [
      ...visible(options),
      ...(options.afterSlug ? [{ slug: { greater_than: options.afterSlug } }] : []),
      // A caller's filter, e.g. conditions carrying a code (issue 10).
      ...(options.where ? [options.where] : []),
    ],
  }
  const { docs } = await payload.find({
    collection,
    where,
    sort: 'slug',
    limit: options.limit + 1,
    pagination: false,
    depth: 1,
    draft: false,
    overrideAccess: true,
    ...localeArgs(payload.config, options.locale),
  })
  return {
    docs: docs.slice(0, options.limit) as unknown as Doc[],
    hasMore: docs.length > options.limit,
  }
}

export async function findPublishedBySlug(
  payload: Payload,
  collection: SyndicatedCollection,
  slug: string,
  locale: string,
  scope: ReviewScope = {},
): Promise<Doc | null> {
  const { docs } = await payload.find({
    collection,
    where: { and: [...visible(scope), { slug: { equals: slug } }] },
    limit: 1,
    pagination: false,
    depth: 1,
    draft: false,
    overrideAccess: true,
    ...localeArgs(payload.config, locale),
  })
  return (docs[0] as unknown as Doc | undefined) ?? null
}

/** The document as it is stored now (the published row, not a newer draft), or null if gone. */
export async function findCurrent(
  payload: Payload,
  collection: SyndicatedCollection,
  id: string | number,
  locale: string,
  req?: PayloadRequest,
): Promise<Doc | null> {
  const doc = await payload.findByID({
    collection,
    id,
    depth: 1,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    ...(req ? { req } : {}),
    ...localeArgs(payload.config, locale),
  })
  return (doc as unknown as Doc | null) ?? null
}
